package cn.qinglian.core.export;

import java.util.ArrayList;
import java.util.Comparator;
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

/**
 * The exporters contributed to {@value #EXTENSION_POINT}, read and created when first asked for, in the
 * order of their ids. A contribution without id or class, with an id already taken, or whose class cannot
 * be created is logged and skipped.
 */
public final class ExporterRegistry {

    public static final String EXTENSION_POINT = "cn.qinglian.core.exporters";

    /** One contributed exporter and its id (e.g. {@code inspection.ledger}). */
    public record Contributed(String id, WorkspaceExporter exporter) {
    }

    private final IExtensionRegistry registry;
    private final Consumer<IStatus> log;
    private List<Contributed> exporters;

    /** The exporters contributed to {@code registry} (none when it is {@code null}); problems go to {@code log}. */
    public ExporterRegistry(IExtensionRegistry registry, Consumer<IStatus> log) {
        this.registry = registry;
        this.log = log;
    }

    /** Exactly {@code exporters} (plain Java, tests). */
    public static ExporterRegistry of(List<Contributed> exporters) {
        ExporterRegistry fixed = new ExporterRegistry(null, status -> { });
        fixed.exporters = List.copyOf(exporters);
        return fixed;
    }

    /** The exporters of the running platform (none outside OSGi), logging to the platform log. */
    public static ExporterRegistry installed() {
        return new ExporterRegistry(RegistryFactory.getRegistry(),
                status -> ILog.of(ExporterRegistry.class).log(status));
    }

    /** Every contributed exporter, by id. */
    public synchronized List<Contributed> exporters() {
        if (exporters == null) {
            exporters = registry == null ? List.of() : read();
        }
        return exporters;
    }

    /** The exporter with {@code id}, if one is installed. */
    public Optional<WorkspaceExporter> exporter(String id) {
        return exporters().stream().filter(c -> c.id().equals(id)).map(Contributed::exporter).findFirst();
    }

    private List<Contributed> read() {
        List<IConfigurationElement> elements =
                new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
        elements.sort(Comparator.comparing(element -> String.valueOf(element.getAttribute("id"))));
        List<Contributed> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement element : elements) {
            String id = element.getAttribute("id");
            String contributor = element.getContributor().getName();
            if (id == null || id.isBlank() || element.getAttribute("class") == null) {
                log.accept(Status.warning("exporter without id or class in " + contributor + " skipped"));
            } else if (!ids.add(id)) {
                log.accept(Status.warning(
                        "exporter " + id + " of " + contributor + " skipped: the id is already taken"));
            } else {
                try {
                    if (element.createExecutableExtension("class") instanceof WorkspaceExporter exporter) {
                        read.add(new Contributed(id, exporter));
                    } else {
                        log.accept(Status.warning(
                                "exporter " + id + " of " + contributor + " skipped: not a WorkspaceExporter"));
                    }
                } catch (CoreException | RuntimeException | LinkageError e) {
                    log.accept(Status.warning(
                            "exporter " + id + " of " + contributor + " skipped: its class cannot be created", e));
                }
            }
        }
        return List.copyOf(read);
    }
}
