package cn.qinglian.diagram.render;

import java.io.IOException;
import java.util.List;

import cn.qinglian.diagram.BadgeBoxes;
import cn.qinglian.diagram.Box;
import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramStyle;
import cn.qinglian.diagram.EdgeStyle;
import cn.qinglian.diagram.Legend;
import cn.qinglian.diagram.LegendEntry;
import cn.qinglian.diagram.PlacedCluster;
import cn.qinglian.diagram.PlacedNode;
import cn.qinglian.diagram.Point;
import cn.qinglian.diagram.RoutedEdge;

/**
 * Draws a diagram on a {@link Canvas} the way {@link SvgWriter} writes it: clusters, edges with their
 * kind's style and arrowheads, nodes with centred labels, the legend. Only what meets the visible
 * region is drawn (the tiles of a PDF).
 */
final class DiagramPainter {

    private static final double ARROW_LENGTH = 8;
    private static final double ARROW_HALF_WIDTH = 3.2;
    private static final double[] SOLID = {};

    private final Diagram diagram;
    private final Canvas canvas;

    DiagramPainter(Diagram diagram, Canvas canvas) {
        this.diagram = diagram;
        this.canvas = canvas;
    }

    /** Draws everything meeting {@code visible} (diagram coordinates). */
    void paint(Box visible) throws IOException {
        DiagramStyle style = diagram.style();
        for (PlacedCluster cluster : diagram.clusters()) {
            Box b = cluster.bounds();
            if (!meets(b, visible)) {
                continue;
            }
            canvas.fill(Palette.clusterFill(cluster.depth()));
            canvas.fillRect(b.x(), b.y(), b.width(), b.height());
            canvas.stroke(Palette.CLUSTER_BORDER, 0.8, SOLID);
            canvas.strokeRect(b.x(), b.y(), b.width(), b.height());
            canvas.fill(Palette.TEXT);
            canvas.text(cluster.cluster().label(), b.x() + 8, b.y() + 14, style.fontSize(), true, Canvas.Align.LEFT);
        }
        for (RoutedEdge edge : diagram.edges()) {
            if (meets(bounds(edge.points()), visible)) {
                edge(edge.points(), EdgeStyle.of(edge.edge().kind()));
            }
        }
        for (PlacedNode node : diagram.nodes()) {
            if (meets(node.bounds(), visible)) {
                node(node, style);
            }
        }
        if (diagram.legend() != null && meets(diagram.legend().bounds(), visible)) {
            legend(diagram.legend(), style);
        }
    }

    private void edge(List<Point> points, EdgeStyle style) throws IOException {
        double[] xy = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            xy[2 * i] = points.get(i).x();
            xy[2 * i + 1] = points.get(i).y();
        }
        canvas.stroke(style.rgb(), style.width(), style.dash());
        canvas.strokePolyline(xy);
        canvas.fill(style.rgb());
        int n = points.size();
        if (style.arrowAtTarget()) {
            canvas.fillPolygon(arrow(points.get(n - 1), points.get(n - 2)));
        }
        if (style.arrowAtSource()) {
            canvas.fillPolygon(arrow(points.get(0), points.get(1)));
        }
    }

    /** A triangle with its tip at {@code tip}, pointing away from {@code from}. */
    static double[] arrow(Point tip, Point from) {
        double dx = tip.x() - from.x();
        double dy = tip.y() - from.y();
        double length = Math.hypot(dx, dy);
        if (length < 1e-9) {
            dx = 0;
            dy = 1;
            length = 1;
        }
        double ux = dx / length;
        double uy = dy / length;
        double bx = tip.x() - ux * ARROW_LENGTH;
        double by = tip.y() - uy * ARROW_LENGTH;
        return new double[] { tip.x(), tip.y(), bx - uy * ARROW_HALF_WIDTH, by + ux * ARROW_HALF_WIDTH,
                bx + uy * ARROW_HALF_WIDTH, by - ux * ARROW_HALF_WIDTH };
    }

    private void node(PlacedNode node, DiagramStyle style) throws IOException {
        Box b = node.bounds();
        canvas.fill(Palette.nodeFill(node));
        canvas.fillRect(b.x(), b.y(), b.width(), b.height());
        boolean outside = node.node().outside();
        canvas.stroke(outside ? Palette.OUTSIDE_BORDER : Palette.NODE_BORDER, 0.9, outside ? new double[] { 3, 2 } : SOLID);
        canvas.strokeRect(b.x(), b.y(), b.width(), b.height());
        canvas.fill(Palette.TEXT);
        List<String> lines = node.node().lines();
        for (int i = 0; i < lines.size(); i++) {
            canvas.text(lines.get(i), b.centerX(), Palette.baseline(style, b.y(), i), style.fontSize(),
                    node.node().isHeading(i), Canvas.Align.CENTER);
        }
        List<Box> badges = BadgeBoxes.of(b, node.node().badges());
        for (int i = 0; i < badges.size(); i++) {
            Box badge = badges.get(i);
            canvas.fill(node.node().badges().get(i).rgb());
            canvas.fillRect(badge.x(), badge.y(), badge.width(), badge.height());
            canvas.fill(0xFFFFFF);
            canvas.text(node.node().badges().get(i).text(), badge.centerX(), BadgeBoxes.baseline(badge),
                    BadgeBoxes.FONT_SIZE, false, Canvas.Align.CENTER);
        }
    }

    private void legend(Legend legend, DiagramStyle style) throws IOException {
        Box b = legend.bounds();
        canvas.fill(0xFFFFFF);
        canvas.fillRect(b.x(), b.y(), b.width(), b.height());
        canvas.stroke(Palette.LEGEND_BORDER, 0.8, SOLID);
        canvas.strokeRect(b.x(), b.y(), b.width(), b.height());
        canvas.fill(Palette.TEXT);
        canvas.text(legend.title(), legend.titleAt().x(), legend.titleAt().y(), style.fontSize(), true, Canvas.Align.LEFT);
        for (LegendEntry entry : legend.entries()) {
            Box s = entry.sample();
            edge(List.of(new Point(s.x(), s.centerY()), new Point(s.right(), s.centerY())), EdgeStyle.of(entry.kind()));
            canvas.fill(Palette.TEXT);
            canvas.text(entry.label(), entry.labelAt().x(), entry.labelAt().y(), style.fontSize(), false,
                    Canvas.Align.LEFT);
        }
    }

    private static Box bounds(List<Point> points) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Box(minX - ARROW_LENGTH, minY - ARROW_LENGTH, maxX - minX + 2 * ARROW_LENGTH,
                maxY - minY + 2 * ARROW_LENGTH);
    }

    private static boolean meets(Box a, Box b) {
        return b == null || (a.x() <= b.right() && b.x() <= a.right() && a.y() <= b.bottom() && b.y() <= a.bottom());
    }
}
