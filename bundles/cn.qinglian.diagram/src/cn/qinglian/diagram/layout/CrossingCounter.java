package cn.qinglian.diagram.layout;

import java.util.Arrays;
import java.util.List;

import cn.qinglian.diagram.Point;
import cn.qinglian.diagram.RoutedEdge;

/**
 * Counts edge crossings of a drawing: pairs of route segments of different edges that cross properly
 * (each passes strictly through the other). Segments that only touch (a shared end, a T-junction of an
 * org-chart bus) or run on top of each other do not count. Segments are swept in order of their left
 * end, so the cost grows with the segments whose x ranges overlap, not with all pairs.
 */
public final class CrossingCounter {

    private CrossingCounter() {
    }

    /** The crossings of the routes of {@code edges}. */
    public static long count(List<RoutedEdge> edges) {
        int segments = 0;
        for (RoutedEdge edge : edges) {
            segments += edge.points().size() - 1;
        }
        double[][] xy = new double[segments][];
        int[] owner = new int[segments];
        int s = 0;
        for (int e = 0; e < edges.size(); e++) {
            List<Point> points = edges.get(e).points();
            for (int k = 0; k + 1 < points.size(); k++) {
                Point a = points.get(k);
                Point b = points.get(k + 1);
                xy[s] = new double[] { a.x(), a.y(), b.x(), b.y() };
                owner[s] = e;
                s++;
            }
        }
        return count(xy, owner);
    }

    /**
     * The crossings of segments {@code xy[i] = {x1, y1, x2, y2}}, where segments with the same
     * {@code owner} belong to one edge and never count against each other.
     */
    public static long count(double[][] xy, int[] owner) {
        int m = xy.length;
        Integer[] order = new Integer[m];
        double[] minX = new double[m];
        double[] maxX = new double[m];
        double[] minY = new double[m];
        double[] maxY = new double[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
            minX[i] = Math.min(xy[i][0], xy[i][2]);
            maxX[i] = Math.max(xy[i][0], xy[i][2]);
            minY[i] = Math.min(xy[i][1], xy[i][3]);
            maxY[i] = Math.max(xy[i][1], xy[i][3]);
        }
        Arrays.sort(order, (a, b) -> Double.compare(minX[a], minX[b]));
        long crossings = 0;
        for (int p = 0; p < m; p++) {
            int i = order[p];
            for (int q = p + 1; q < m; q++) {
                int j = order[q];
                if (minX[j] >= maxX[i]) {
                    break;
                }
                if (owner[i] == owner[j] || minY[j] >= maxY[i] || minY[i] >= maxY[j]) {
                    continue;
                }
                if (cross(xy[i], xy[j])) {
                    crossings++;
                }
            }
        }
        return crossings;
    }

    private static boolean cross(double[] a, double[] b) {
        int d1 = orientation(a[0], a[1], a[2], a[3], b[0], b[1]);
        int d2 = orientation(a[0], a[1], a[2], a[3], b[2], b[3]);
        int d3 = orientation(b[0], b[1], b[2], b[3], a[0], a[1]);
        int d4 = orientation(b[0], b[1], b[2], b[3], a[2], a[3]);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static int orientation(double ax, double ay, double bx, double by, double cx, double cy) {
        double cross = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        double scale = Math.abs(bx - ax) + Math.abs(by - ay) + Math.abs(cx - ax) + Math.abs(cy - ay);
        if (Math.abs(cross) <= 1e-9 * scale * scale) {
            return 0;
        }
        return cross > 0 ? 1 : -1;
    }
}
