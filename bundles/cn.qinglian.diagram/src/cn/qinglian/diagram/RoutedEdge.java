package cn.qinglian.diagram;

import java.util.List;

/**
 * An edge with its route.
 *
 * @param edge the edge
 * @param points the route from the source node's border to the target node's border: start point,
 *        bend points, end point (at least two points); the arrowhead(s) go at the end (and, for
 *        {@link EdgeKind#MUTUAL}, at the start)
 */
public record RoutedEdge(DiagramEdge edge, List<Point> points) {

    public RoutedEdge {
        points = List.copyOf(points);
    }

    public Point start() {
        return points.get(0);
    }

    public Point end() {
        return points.get(points.size() - 1);
    }
}
