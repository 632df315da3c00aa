package cn.qinglian.diagram.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.qinglian.diagram.Box;
import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramEdge;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.DiagramMessages;
import cn.qinglian.diagram.DiagramStyle;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.Legend;
import cn.qinglian.diagram.LegendEntry;
import cn.qinglian.diagram.LayoutOptions;
import cn.qinglian.diagram.PlacedCluster;
import cn.qinglian.diagram.PlacedNode;
import cn.qinglian.diagram.Point;
import cn.qinglian.diagram.RoutedEdge;

/**
 * Finishes a layout: puts the legend at the top left, the drawing below it and a margin around both.
 */
final class DiagramAssembler {

    private static final double SAMPLE_LENGTH = 36;
    private static final double LEGEND_PADDING = 8;

    private DiagramAssembler() {
    }

    /**
     * @param nodes, edges, clusters the layout with its own origin at (0, 0)
     * @param contentWidth, contentHeight its size
     */
    static Diagram assemble(DiagramGraph graph, LayoutOptions options, List<PlacedNode> nodes,
            List<RoutedEdge> edges, List<PlacedCluster> clusters, double contentWidth, double contentHeight) {
        DiagramStyle style = options.style();
        double margin = style.margin();
        Legend legend = options.legend() ? legend(graph, options, margin, margin) : null;
        double top = margin + (legend == null ? 0 : legend.bounds().height() + style.layerGap() / 2);
        List<PlacedNode> movedNodes = new ArrayList<>(nodes.size());
        for (PlacedNode node : nodes) {
            movedNodes.add(new PlacedNode(node.node(), node.bounds().translated(margin, top), node.layer()));
        }
        List<RoutedEdge> movedEdges = new ArrayList<>(edges.size());
        for (RoutedEdge edge : edges) {
            List<Point> points = new ArrayList<>(edge.points().size());
            for (Point p : edge.points()) {
                points.add(new Point(p.x() + margin, p.y() + top));
            }
            movedEdges.add(new RoutedEdge(edge.edge(), points));
        }
        List<PlacedCluster> movedClusters = new ArrayList<>(clusters.size());
        for (PlacedCluster cluster : clusters) {
            movedClusters.add(new PlacedCluster(cluster.cluster(), cluster.bounds().translated(margin, top),
                    cluster.depth()));
        }
        double width = Math.max(contentWidth, legend == null ? 0 : legend.bounds().width()) + 2 * margin;
        double height = top + contentHeight + margin;
        return new Diagram(graph, Math.ceil(width), Math.ceil(height), movedNodes, movedEdges, movedClusters, legend,
                style);
    }

    /** The kinds the legend explains: those chosen plus the structural ones the edges use. */
    static Set<EdgeKind> legendKinds(DiagramGraph graph) {
        Set<EdgeKind> kinds = EnumSet.noneOf(EdgeKind.class);
        kinds.addAll(graph.kinds());
        for (DiagramEdge edge : graph.edges()) {
            kinds.add(edge.kind());
        }
        return kinds;
    }

    private static Legend legend(DiagramGraph graph, LayoutOptions options, double x, double y) {
        DiagramStyle style = options.style();
        Locale locale = Locale.getDefault();
        String title = DiagramMessages.format(locale, "legendTitle");
        double line = style.lineHeight() + 2;
        double textWidth = options.measure().width(title, style.fontSize());
        List<LegendEntry> entries = new ArrayList<>();
        double rowY = y + LEGEND_PADDING + line;
        for (EdgeKind kind : legendKinds(graph)) {
            String label = DiagramMessages.kindLabel(kind, locale);
            textWidth = Math.max(textWidth, SAMPLE_LENGTH + 8 + options.measure().width(label, style.fontSize()));
            double middle = rowY + line / 2;
            Box sample = new Box(x + LEGEND_PADDING, middle - 3, SAMPLE_LENGTH, 6);
            Point labelAt = new Point(x + LEGEND_PADDING + SAMPLE_LENGTH + 8, middle + style.fontSize() * 0.35);
            entries.add(new LegendEntry(kind, label, sample, labelAt));
            rowY += line;
        }
        Box bounds = new Box(x, y, Math.ceil(textWidth + 2 * LEGEND_PADDING), Math.ceil(rowY - y + LEGEND_PADDING));
        Point titleAt = new Point(x + LEGEND_PADDING, y + LEGEND_PADDING + style.fontSize());
        return new Legend(title, bounds, titleAt, entries);
    }
}
