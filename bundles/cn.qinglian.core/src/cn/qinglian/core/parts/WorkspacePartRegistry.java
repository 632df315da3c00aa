package cn.qinglian.core.parts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

import cn.qinglian.core.persistence.XmiWorkspaceStore;

/**
 * The parts contributed to {@value #EXTENSION_POINT}, read when first asked for. A contribution
 * without id or class, with an id or file name already taken, a file name that is not a plain
 * {@code *.qinglian} name, or a class that cannot be created is logged and skipped: the workbench
 * then works without that module's data rather than not at all.
 */
public final class WorkspacePartRegistry {

    public static final String EXTENSION_POINT = "cn.qinglian.core.workspaceParts";

    private final IExtensionRegistry registry;
    private final Consumer<IStatus> log;
    private List<WorkspacePart> parts;

    /** Reads {@code registry} (none: no parts) and logs to the platform log. */
    public WorkspacePartRegistry(IExtensionRegistry registry) {
        this(registry, status -> ILog.of(WorkspacePartRegistry.class).log(status));
    }

    public WorkspacePartRegistry(IExtensionRegistry registry, Consumer<IStatus> log) {
        this.registry = registry;
        this.log = log;
    }

    /** The parts of the running platform's modules; none outside OSGi. */
    public static List<WorkspacePart> installed() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        return registry == null ? List.of() : new WorkspacePartRegistry(registry).parts();
    }

    /** The contributed parts, in the order of their ids. */
    public synchronized List<WorkspacePart> parts() {
        if (parts == null) {
            parts = registry == null ? List.of() : read();
        }
        return parts;
    }

    private List<WorkspacePart> read() {
        List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
        elements.sort((a, b) -> String.valueOf(a.getAttribute("id")).compareTo(String.valueOf(b.getAttribute("id"))));
        List<WorkspacePart> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> files = new HashSet<>();
        files.add(XmiWorkspaceStore.ORGANISATION_FILE);
        for (IConfigurationElement element : elements) {
            String id = element.getAttribute("id");
            String contributor = element.getContributor().getName();
            if (id == null || id.isBlank() || element.getAttribute("class") == null) {
                warn("workspace part without id or class in " + contributor + " skipped", null);
            } else if (!ids.add(id)) {
                warn("workspace part " + id + " of " + contributor + " skipped: the id is already taken", null);
            } else {
                create(element, id, contributor, files).ifPresent(read::add);
            }
        }
        return List.copyOf(read);
    }

    private Optional<WorkspacePart> create(IConfigurationElement element, String id, String contributor,
            Set<String> files) {
        try {
            if (!(element.createExecutableExtension("class") instanceof WorkspacePart part)) {
                warn("workspace part " + id + " of " + contributor + " skipped: its class is not a WorkspacePart", null);
                return Optional.empty();
            }
            String file = part.fileName();
            if (!isPlainPartFile(file)) {
                warn("workspace part " + id + " of " + contributor + " skipped: file name \"" + file
                        + "\" is not a plain name ending with .qinglian", null);
                return Optional.empty();
            }
            if (!files.add(file)) {
                warn("workspace part " + id + " of " + contributor + " skipped: the file " + file + " is already taken", null);
                return Optional.empty();
            }
            return Optional.of(part);
        } catch (CoreException | RuntimeException | LinkageError e) {
            warn("workspace part " + id + " of " + contributor + " skipped: its class cannot be created", e);
            return Optional.empty();
        }
    }

    /** Whether {@code file} is a plain file name ending with {@code .qinglian}. */
    public static boolean isPlainPartFile(String file) {
        return file != null && file.endsWith(".qinglian") && file.length() > ".qinglian".length()
                && !file.contains("/") && !file.contains("\\") && !file.startsWith(".");
    }

    private void warn(String message, Throwable cause) {
        log.accept(Status.warning(message, cause));
    }
}
