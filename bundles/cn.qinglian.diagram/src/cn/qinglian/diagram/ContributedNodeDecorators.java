package cn.qinglian.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

/**
 * The decorators contributed to {@value #EXTENSION_POINT}, created in the order of their ids. One whose
 * class cannot be created is logged and left out.
 */
public final class ContributedNodeDecorators {

    public static final String EXTENSION_POINT = "cn.qinglian.diagram.decorators";

    private ContributedNodeDecorators() {
    }

    /** The decorators of the running platform; none outside OSGi. */
    public static NodeDecorators installed() {
        ILog log = ILog.of(ContributedNodeDecorators.class);
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<NodeDecorator> decorators = new ArrayList<>();
        if (registry != null) {
            List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
            elements.sort(Comparator.comparing(element -> String.valueOf(element.getAttribute("id"))));
            for (IConfigurationElement element : elements) {
                String contributor = element.getContributor().getName();
                try {
                    if (element.createExecutableExtension("class") instanceof NodeDecorator decorator) {
                        decorators.add(decorator);
                    } else {
                        log.log(Status.warning("diagram decorator of " + contributor + " skipped: not a NodeDecorator"));
                    }
                } catch (CoreException | RuntimeException | LinkageError e) {
                    log.log(Status.warning("diagram decorator of " + contributor + " skipped: the class cannot be created", e));
                }
            }
        }
        return new NodeDecorators(decorators, (message, cause) -> log.log(Status.error(message, cause)));
    }
}
