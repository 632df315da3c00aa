package cn.qinglian.diagram;

import java.util.List;

/**
 * A laid-out diagram, ready to draw: every coordinate is final. Writers (SVG, PNG, PDF) and the
 * workbench viewer draw exactly this. Immutable.
 *
 * @param graph what was laid out
 * @param width the width of the whole drawing (nodes, clusters, legend and margin), from x = 0
 * @param height its height, from y = 0
 * @param nodes every node of the graph with its box, in the graph's order
 * @param edges every edge with its route, in the graph's order
 * @param clusters the unit clusters with their boxes, parents before children (empty without hierarchy)
 * @param legend the legend, or {@code null} when none was asked for
 * @param style sizes and fonts the layout used, which the writers use too
 */
public record Diagram(DiagramGraph graph, double width, double height, List<PlacedNode> nodes,
        List<RoutedEdge> edges, List<PlacedCluster> clusters, Legend legend, DiagramStyle style) {

    public Diagram {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        clusters = List.copyOf(clusters);
    }

    /** The topmost node (last drawn) at a point, or {@code null}. */
    public PlacedNode nodeAt(double x, double y) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).bounds().contains(x, y)) {
                return nodes.get(i);
            }
        }
        return null;
    }
}
