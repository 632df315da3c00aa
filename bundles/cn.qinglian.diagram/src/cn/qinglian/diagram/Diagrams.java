package cn.qinglian.diagram;

import cn.qinglian.diagram.layout.CrossingCounter;
import cn.qinglian.diagram.layout.ElkLayout;
import cn.qinglian.diagram.layout.LayeredLayout;

/** Lays out graphs: the entry point for writers and the workbench viewer. */
public final class Diagrams {

    private Diagrams() {
    }

    /** Lays {@code graph} out top-down (hearing parties above reporting ones) with {@code options}. */
    public static Diagram layout(DiagramGraph graph, LayoutOptions options) {
        return switch (options.engine()) {
            case LAYERED -> new LayeredLayout().layout(graph, options);
            case ELK -> new ElkLayout().layout(graph, options);
        };
    }

    /**
     * The number of pairwise crossings of the edge routes of {@code diagram} (segments of different
     * edges that cross). Counted on request, not by the layout: drawing does not need it, and a batch
     * export counts it while the file is written.
     */
    public static long crossings(Diagram diagram) {
        return CrossingCounter.count(diagram.edges());
    }
}
