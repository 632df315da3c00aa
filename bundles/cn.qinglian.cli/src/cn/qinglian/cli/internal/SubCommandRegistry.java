package cn.qinglian.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;

import cn.qinglian.cli.SubCommand;

/** Reads the {@code cn.qinglian.cli.subcommands} extensions; classes load only when run. */
public final class SubCommandRegistry {

    public static final String EXTENSION_POINT = "cn.qinglian.cli.subcommands";

    private final IExtensionRegistry registry;

    public SubCommandRegistry(IExtensionRegistry registry) {
        this.registry = registry;
    }

    public List<SubCommandDescriptor> descriptors() {
        List<SubCommandDescriptor> descriptors = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String name = element.getAttribute("name");
            if (name == null || element.getAttribute("class") == null) {
                ILog.of(SubCommandRegistry.class).warn("sub-command without name or class in "
                        + element.getContributor().getName() + " ignored");
                continue;
            }
            descriptors.add(new SubCommandDescriptor(name, nonNull(element.getAttribute("usage"), name),
                    nonNull(element.getAttribute("description"), ""), element.getContributor().getName(),
                    () -> create(element)));
        }
        return descriptors;
    }

    private static SubCommand create(IConfigurationElement element) {
        try {
            return (SubCommand) element.createExecutableExtension("class");
        } catch (CoreException | ClassCastException e) {
            throw new IllegalStateException("cannot create sub-command " + element.getAttribute("name")
                    + " of " + element.getContributor().getName() + ": " + e.getMessage(), e);
        }
    }

    private static String nonNull(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
