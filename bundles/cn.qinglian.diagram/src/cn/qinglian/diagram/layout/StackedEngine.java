package cn.qinglian.diagram.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link LayeredEngine} with the leaves of a parent stacked, as organisation charts do: when a box has
 * two or more subordinates without subordinates of their own, those hang one below the other from a
 * spine at their left instead of standing side by side. A chart of N boxes gets about as wide as its
 * last-but-one layer instead of its widest, and lines across it cross fewer others.
 * <p>
 * Each stack is one block in the layered layout. Tree edges of its leaves leave from their left side
 * along the spine; other edges leave a leaf's right side, run down or up beside the stack and join
 * the block's route; an edge between two leaves of one stack stays beside it.
 */
final class StackedEngine implements PlacementEngine {

    private static final int MIN_STACK = 2;
    private static final double INDENT = 14;
    private static final double STACK_GAP = 6;
    private static final double SIDE = 8;

    private final double[] w;
    private final double[] h;
    private final int[] src;
    private final int[] tgt;
    private final LayeredEngine engine;
    /** Per item: its item in the engine (a block for stacked leaves). */
    private final int[] reduced;
    /** Per item: its stack, or -1. */
    private final int[] stackOf;
    /** Per item: its top offset inside its block. */
    private final double[] offsetY;
    /** Per stack: its block's engine item and its representative tree edge (block to parent) in the engine. */
    private final int[] blockItem;
    private final int[] blockEdge;
    /** Per edge: its engine edge, or -1 (tree edge of a stacked leaf, or an edge inside one stack). */
    private final int[] reducedEdge;
    private final int[] sideCount;

    StackedEngine(double[] widths, double[] heights, int[] sources, int[] targets, int[] treeRank, double nodeGap,
            double layerGap) {
        this.w = widths;
        this.h = heights;
        this.src = sources;
        this.tgt = targets;
        int n = widths.length;
        int m = sources.length;
        int[] parent = new int[n];
        boolean[] tree = LayeredEngine.chooseTreeEdges(n, sources, targets, treeRank, parent);
        boolean[] hasChildren = new boolean[n];
        int[] leafCount = new int[n];
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                hasChildren[parent[i]] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0 && !hasChildren[i]) {
                leafCount[parent[i]]++;
            }
        }
        stackOf = new int[n];
        Arrays.fill(stackOf, -1);
        int[] stackOfParent = new int[n];
        Arrays.fill(stackOfParent, -1);
        List<List<Integer>> stacks = new ArrayList<>();
        List<Integer> stackParents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            if (p >= 0 && !hasChildren[i] && leafCount[p] >= MIN_STACK) {
                if (stackOfParent[p] < 0) {
                    stackOfParent[p] = stacks.size();
                    stacks.add(new ArrayList<>());
                    stackParents.add(p);
                }
                stackOf[i] = stackOfParent[p];
                stacks.get(stackOfParent[p]).add(i);
            }
        }
        // the reduced problem: unstacked items, then one block per stack
        reduced = new int[n];
        offsetY = new double[n];
        List<Double> rw = new ArrayList<>();
        List<Double> rh = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (stackOf[i] < 0) {
                reduced[i] = rw.size();
                rw.add(w[i]);
                rh.add(h[i]);
            }
        }
        blockItem = new int[stacks.size()];
        for (int s = 0; s < stacks.size(); s++) {
            double width = 0;
            double y = 0;
            for (int leaf : stacks.get(s)) {
                width = Math.max(width, w[leaf]);
                offsetY[leaf] = y;
                y += h[leaf] + STACK_GAP;
            }
            blockItem[s] = rw.size();
            for (int leaf : stacks.get(s)) {
                reduced[leaf] = rw.size();
            }
            rw.add(INDENT + width);
            rh.add(y - STACK_GAP);
        }
        reducedEdge = new int[m];
        List<int[]> edges = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        for (int e = 0; e < m; e++) {
            int a = sources[e];
            int b = targets[e];
            boolean stackTree = tree[e] && stackOf[a] >= 0;
            boolean insideStack = stackOf[a] >= 0 && stackOf[a] == stackOf[b];
            if (stackTree || insideStack || a == b) {
                reducedEdge[e] = -1;
                continue;
            }
            reducedEdge[e] = edges.size();
            edges.add(new int[] { reduced[a], reduced[b] });
            ranks.add(tree[e] ? Integer.MIN_VALUE : treeRank[e] < 0 ? -1 : treeRank[e] + 1);
        }
        blockEdge = new int[stacks.size()];
        for (int s = 0; s < stacks.size(); s++) {
            blockEdge[s] = edges.size();
            edges.add(new int[] { blockItem[s], reduced[stackParents.get(s)] });
            ranks.add(Integer.MIN_VALUE);
        }
        int[] rs = new int[edges.size()];
        int[] rt = new int[edges.size()];
        int[] rr = new int[edges.size()];
        for (int k = 0; k < edges.size(); k++) {
            rs[k] = edges.get(k)[0];
            rt[k] = edges.get(k)[1];
            rr[k] = ranks.get(k);
        }
        double[] widthArray = rw.stream().mapToDouble(Double::doubleValue).toArray();
        double[] heightArray = rh.stream().mapToDouble(Double::doubleValue).toArray();
        engine = new LayeredEngine(widthArray, heightArray, rs, rt, rr, nodeGap, layerGap);
        sideCount = new int[stacks.size()];
    }

    @Override
    public double width() {
        return engine.width() + SIDE * 2;
    }

    @Override
    public double height() {
        return engine.height();
    }

    @Override
    public double x(int item) {
        double x = engine.x(reduced[item]);
        return stackOf[item] >= 0 ? x + INDENT : x;
    }

    @Override
    public double y(int item) {
        return engine.y(reduced[item]) + offsetY[item];
    }

    @Override
    public int layer(int item) {
        return engine.layer(reduced[item]);
    }

    private double centerY(int item) {
        return y(item) + h[item] / 2;
    }

    private double blockRight(int stack) {
        int block = blockItem[stack];
        return engine.x(block) + (stack >= 0 ? widthOfBlock(block) : 0);
    }

    private double widthOfBlock(int block) {
        // the engine knows the block's width only through its placement: left of the next item
        return blockWidths()[block];
    }

    private double[] blockWidthCache;

    private double[] blockWidths() {
        if (blockWidthCache == null) {
            blockWidthCache = new double[blockItem.length == 0 ? 0 : Arrays.stream(blockItem).max().getAsInt() + 1];
            for (int i = 0; i < w.length; i++) {
                if (stackOf[i] >= 0) {
                    int block = reduced[i];
                    blockWidthCache[block] = Math.max(blockWidthCache[block], INDENT + w[i]);
                }
            }
        }
        return blockWidthCache;
    }

    @Override
    public synchronized double[] route(int e) {
        int a = src[e];
        int b = tgt[e];
        if (reducedEdge[e] < 0) {
            if (stackOf[a] >= 0 && stackOf[a] == stackOf[b]) {
                double side = blockRight(stackOf[a]) + 4 + 3 * (sideCount[stackOf[a]]++ % 4);
                return new double[] { x(a) + w[a], centerY(a), side, centerY(a), side, centerY(b), x(b) + w[b],
                        centerY(b) };
            }
            // a tree edge of a stacked leaf: along the spine, then the block's route to the parent
            double[] block = engine.route(blockEdge[stackOf[a]]);
            double spine = engine.x(reduced[a]) + INDENT / 2;
            double mid = block.length >= 8 ? block[3] : (block[1] + block[block.length - 1]) / 2;
            double px = block[block.length - 2];
            double py = block[block.length - 1];
            return new double[] { x(a), centerY(a), spine, centerY(a), spine, mid, px, mid, px, py };
        }
        double[] xy = engine.route(reducedEdge[e]);
        if (stackOf[a] >= 0) {
            xy = leaveStack(xy, a, stackOf[a]);
        }
        if (stackOf[b] >= 0) {
            xy = reverse(leaveStack(reverse(xy), b, stackOf[b]));
        }
        return xy;
    }

    /** Replaces the route's start on the block by a way out of leaf {@code leaf}'s right side. */
    private double[] leaveStack(double[] xy, int leaf, int stack) {
        double side = blockRight(stack) + 4 + 3 * (sideCount[stack]++ % 4);
        double rx = x(leaf) + w[leaf];
        double ry = centerY(leaf);
        double px = xy[0];
        double py = xy[1];
        double qx = xy[2];
        double qy = xy[3];
        List<Double> out = new ArrayList<>();
        add(out, rx, ry);
        add(out, side, ry);
        int rest;
        if (xy.length > 4 && Math.abs(qx - px) < 0.01) {
            add(out, side, qy);
            rest = 2;
        } else {
            double mid = (py + qy) / 2;
            add(out, side, mid);
            add(out, px, mid);
            rest = 2;
        }
        for (int k = rest; k < xy.length; k += 2) {
            add(out, xy[k], xy[k + 1]);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void add(List<Double> out, double x, double y) {
        out.add(x);
        out.add(y);
    }

    private static double[] reverse(double[] xy) {
        double[] reversed = new double[xy.length];
        for (int k = 0; k < xy.length; k += 2) {
            reversed[xy.length - 2 - k] = xy[k];
            reversed[xy.length - 1 - k] = xy[k + 1];
        }
        return reversed;
    }
}
