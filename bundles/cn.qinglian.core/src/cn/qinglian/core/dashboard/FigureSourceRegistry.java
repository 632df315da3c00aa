package cn.qinglian.core.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import cn.qinglian.core.extensions.Contributions;
import cn.qinglian.model.Organisation;

/**
 * The figure sources contributed to {@value #EXTENSION_POINT}, read and created when first asked for,
 * in the order of their ids. A source whose class cannot be created, or that fails while computing,
 * is logged and left out: the overview shows the other figures.
 */
public final class FigureSourceRegistry {

    public static final String EXTENSION_POINT = "cn.qinglian.core.dashboardFigures";

    private final IExtensionRegistry registry;
    private final Consumer<IStatus> log;
    private List<FigureSource> sources;

    public FigureSourceRegistry(IExtensionRegistry registry) {
        this(registry, status -> ILog.of(FigureSourceRegistry.class).log(status));
    }

    public FigureSourceRegistry(IExtensionRegistry registry, Consumer<IStatus> log) {
        this.registry = registry;
        this.log = log;
    }

    /** Every contributed figure on {@code asOf}, source by source. */
    public List<ContributedFigure> figures(Organisation organisation, LocalDate asOf, Locale locale) {
        List<ContributedFigure> figures = new ArrayList<>();
        for (FigureSource source : sources()) {
            try {
                figures.addAll(source.figures(organisation, asOf, locale));
            } catch (RuntimeException | LinkageError e) {
                log.accept(Status.error("dashboard figures of " + source.getClass().getName() + " failed", e));
            }
        }
        return figures;
    }

    private synchronized List<FigureSource> sources() {
        if (sources == null) {
            sources = read();
        }
        return sources;
    }

    private List<FigureSource> read() {
        return Contributions.create(registry, EXTENSION_POINT, FigureSource.class, log).stream()
                .map(Contributions.Created::object).toList();
    }
}
