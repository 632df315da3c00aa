package cn.qinglian.core.extensions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Reads the contributions to one of our extension points whose elements carry an {@code id} and a
 * {@code class}: the registries of workspace parts, overview figures, exporters and diagram decorators
 * share it. A contribution without id or class, with an id already taken, or whose class cannot be
 * created or is not of the expected type is logged and skipped.
 */
public final class Contributions {

    /** One contribution: its id, the bundle that contributed it, and the object its class made. */
    public record Created<T>(String id, String contributor, T object) {
    }

    private Contributions() {
    }

    /** The contributions to {@code point} (none without a registry), created now, in the order of their ids. */
    public static <T> List<Created<T>> create(IExtensionRegistry registry, String point, Class<T> type,
            Consumer<IStatus> log) {
        if (registry == null) {
            return List.of();
        }
        List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(point)));
        elements.sort(Comparator.comparing(element -> String.valueOf(element.getAttribute("id"))));
        List<Created<T>> created = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement element : elements) {
            String id = element.getAttribute("id");
            String contributor = element.getContributor().getName();
            String what = point + " contribution " + id + " of " + contributor + " skipped: ";
            if (id == null || id.isBlank() || element.getAttribute("class") == null) {
                log.accept(Status.warning(point + " contribution without id or class in " + contributor + " skipped"));
            } else if (!ids.add(id)) {
                log.accept(Status.warning(what + "the id is already taken"));
            } else {
                try {
                    Object object = element.createExecutableExtension("class");
                    if (type.isInstance(object)) {
                        created.add(new Created<>(id, contributor, type.cast(object)));
                    } else {
                        log.accept(Status.warning(what + "its class is not a " + type.getSimpleName()));
                    }
                } catch (CoreException | RuntimeException | LinkageError e) {
                    log.accept(Status.warning(what + "its class cannot be created", e));
                }
            }
        }
        return List.copyOf(created);
    }
}
