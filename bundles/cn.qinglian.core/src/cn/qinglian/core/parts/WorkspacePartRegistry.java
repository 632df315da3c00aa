package cn.qinglian.core.parts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

import cn.qinglian.core.extensions.Contributions;
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
            parts = read();
        }
        return parts;
    }

    private List<WorkspacePart> read() {
        List<WorkspacePart> read = new ArrayList<>();
        Set<String> files = new HashSet<>();
        files.add(XmiWorkspaceStore.ORGANISATION_FILE);
        for (Contributions.Created<WorkspacePart> created
                : Contributions.create(registry, EXTENSION_POINT, WorkspacePart.class, log)) {
            String file = created.object().fileName();
            String what = "workspace part " + created.id() + " of " + created.contributor() + " skipped: ";
            if (!isPlainPartFile(file)) {
                warn(what + "file name \"" + file + "\" is not a plain name ending with .qinglian", null);
            } else if (!files.add(file)) {
                warn(what + "the file " + file + " is already taken", null);
            } else {
                read.add(created.object());
            }
        }
        return List.copyOf(read);
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
