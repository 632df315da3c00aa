package cn.qinglian.core.export;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;

import cn.qinglian.core.extensions.Contributions;

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
        return Contributions.create(registry, EXTENSION_POINT, WorkspaceExporter.class, log).stream()
                .map(created -> new Contributed(created.id(), created.object())).toList();
    }
}
