package cn.qinglian.diagram;

/**
 * How to lay out a graph.
 *
 * @param engine which algorithm
 * @param hierarchy whether to draw unit clusters as nested boxes (when the graph has clusters)
 * @param legend whether to add a legend
 * @param measure measures label text
 * @param style sizes and fonts
 */
public record LayoutOptions(Engine engine, boolean hierarchy, boolean legend, TextMeasure measure,
        DiagramStyle style) {

    /** The layout algorithms. */
    public enum Engine {
        /**
         * Our layered layout for reporting graphs (mostly trees plus extra lines): fast enough for
         * thousands of nodes; the default.
         */
        LAYERED,
        /** Eclipse Layout Kernel, layered algorithm: fewer crossings on small dense graphs, much slower. */
        ELK
    }

    /** The default: our layered layout, hierarchy as asked by the graph's clusters, legend, estimated text. */
    public static LayoutOptions standard() {
        return new LayoutOptions(Engine.LAYERED, true, true, new EstimatedTextMeasure(), DiagramStyle.standard());
    }

    public LayoutOptions withEngine(Engine newEngine) {
        return new LayoutOptions(newEngine, hierarchy, legend, measure, style);
    }

    public LayoutOptions withHierarchy(boolean show) {
        return new LayoutOptions(engine, show, legend, measure, style);
    }

    public LayoutOptions withLegend(boolean show) {
        return new LayoutOptions(engine, hierarchy, show, measure, style);
    }

    public LayoutOptions withMeasure(TextMeasure newMeasure) {
        return new LayoutOptions(engine, hierarchy, legend, newMeasure, style);
    }

    public LayoutOptions withStyle(DiagramStyle newStyle) {
        return new LayoutOptions(engine, hierarchy, legend, measure, newStyle);
    }
}
