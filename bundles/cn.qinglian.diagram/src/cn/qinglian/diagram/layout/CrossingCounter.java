package cn.qinglian.diagram.layout;

import java.util.ArrayList;
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
     * {@code owner} belong to one edge and never count against each other. Horizontal against vertical
     * segments (all of an orthogonal drawing) are counted by a sweep over y with a Fenwick tree over x,
     * in O(s log s); pairs with a slanted segment by a sweep over x.
     */
    public static long count(double[][] xy, int[] owner) {
        int m = xy.length;
        List<Integer> horizontal = new ArrayList<>();
        List<Integer> vertical = new ArrayList<>();
        List<Integer> slanted = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            boolean flatY = q(xy[i][1]) == q(xy[i][3]);
            boolean flatX = q(xy[i][0]) == q(xy[i][2]);
            if (flatX && flatY) {
                continue;
            }
            (flatY ? horizontal : flatX ? vertical : slanted).add(i);
        }
        return orthogonal(xy, owner, horizontal, vertical) + slanted(xy, owner, slanted);
    }

    /** Coordinates to thousandths of a point, so that ends computed alike compare equal. */
    private static long q(double value) {
        return Math.round(value * 1000);
    }

    private static long orthogonal(double[][] xy, int[] owner, List<Integer> horizontal, List<Integer> vertical) {
        if (horizontal.isEmpty() || vertical.isEmpty()) {
            return 0;
        }
        long[] xs = new long[vertical.size()];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = q(xy[vertical.get(k)][0]);
        }
        long[] sortedX = Arrays.stream(xs).sorted().distinct().toArray();
        // events: 0 = a vertical ends, 1 = a horizontal asks, 2 = a vertical starts; by y, then kind
        int events = 2 * vertical.size() + horizontal.size();
        long[][] event = new long[events][];
        int e = 0;
        for (int k = 0; k < vertical.size(); k++) {
            double[] s = xy[vertical.get(k)];
            long top = Math.min(q(s[1]), q(s[3]));
            long bottom = Math.max(q(s[1]), q(s[3]));
            int slot = Arrays.binarySearch(sortedX, xs[k]);
            event[e++] = new long[] { top, 2, slot };
            event[e++] = new long[] { bottom, 0, slot };
        }
        for (int i : horizontal) {
            double[] s = xy[i];
            event[e++] = new long[] { q(s[1]), 1, Math.min(q(s[0]), q(s[2])), Math.max(q(s[0]), q(s[2])) };
        }
        Arrays.sort(event, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        long[] tree = new long[sortedX.length + 1];
        long crossings = 0;
        for (long[] ev : event) {
            if (ev[1] == 1) {
                // verticals with left < x < right, strictly
                int from = upperBound(sortedX, ev[2]);
                int to = lowerBound(sortedX, ev[3]);
                if (to > from) {
                    crossings += prefix(tree, to) - prefix(tree, from);
                }
            } else {
                add(tree, (int) ev[2], ev[1] == 2 ? 1 : -1);
            }
        }
        return crossings - sameEdge(xy, owner, horizontal, vertical);
    }

    /** Proper crossings of an edge's own horizontal and vertical segments, which do not count. */
    private static long sameEdge(double[][] xy, int[] owner, List<Integer> horizontal, List<Integer> vertical) {
        java.util.Map<Integer, List<Integer>> verticalByOwner = new java.util.HashMap<>();
        for (int v : vertical) {
            verticalByOwner.computeIfAbsent(owner[v], k -> new ArrayList<>()).add(v);
        }
        long same = 0;
        for (int h : horizontal) {
            for (int v : verticalByOwner.getOrDefault(owner[h], List.of())) {
                if (cross(xy[h], xy[v])) {
                    same++;
                }
            }
        }
        return same;
    }

    private static int upperBound(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static int lowerBound(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static void add(long[] tree, int slot, int delta) {
        for (int i = slot + 1; i < tree.length; i += i & -i) {
            tree[i] += delta;
        }
    }

    /** The sum of slots 0 .. count-1. */
    private static long prefix(long[] tree, int count) {
        long sum = 0;
        for (int i = count; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }

    /** Crossings of pairs with at least one slanted segment (sweep over x). */
    private static long slanted(double[][] xy, int[] owner, List<Integer> slantedSegments) {
        if (slantedSegments.isEmpty()) {
            return 0;
        }
        int m = xy.length;
        boolean[] isSlanted = new boolean[m];
        slantedSegments.forEach(i -> isSlanted[i] = true);
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
            for (int r = p + 1; r < m; r++) {
                int j = order[r];
                if (minX[j] > maxX[i]) {
                    break;
                }
                if ((!isSlanted[i] && !isSlanted[j]) || owner[i] == owner[j] || minY[j] > maxY[i] || minY[i] > maxY[j]) {
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
