package cn.qinglian.diagram.layout;

import java.util.Arrays;

/**
 * A layered (Sugiyama-style) layout for reporting graphs, which are mostly trees plus a few extra lines.
 * Works on plain arrays: items (boxes of given sizes) and directed edges from a lower item (the reporting
 * end) to an upper one (the hearing end).
 * <ol>
 * <li><b>Tree.</b> Each item gets at most one parent: the target of its most preferred edge that
 * closes no cycle (union-find), so the tree edges form a forest.</li>
 * <li><b>Layers</b> by depth in that forest (roots on top). Other edges spanning several layers get a
 * dummy item per layer crossed; edges within a layer get none.</li>
 * <li><b>Order</b> in each layer: depth-first order of the forest (no tree edge crosses another), then
 * a few barycenter sweeps with tree edges weighted high; the order with the fewest crossings is kept
 * (counted per pair of layers with an accumulator tree).</li>
 * <li><b>x</b>: parents centred over their children, children under their parents, dummies straight,
 * each layer solved exactly under the order and spacing constraints (pool-adjacent-violators).</li>
 * <li><b>Routes</b>: tree edges orthogonal (org-chart style: up, across at mid-gap, up), other edges
 * polylines through their dummies; ends of several non-tree edges on one side spread apart.</li>
 * </ol>
 * Time is about linear in items plus edge spans (times the logarithm of the layer width for sorting).
 */
final class LayeredEngine implements PlacementEngine {

    private static final int TREE_WEIGHT = Integer.getInteger("tw", 8);
    private static final int SWEEPS = Integer.getInteger("sweeps", 4);

    // input
    private final int n;
    private final double[] w;
    private final double[] h;
    private final int[] src;
    private final int[] tgt;
    private final double nodeGap;
    private final double layerGap;

    // forest and layers
    private int[] parent;
    private boolean[] treeEdge;
    private int[] layer; // for real items and dummies
    private int layerCount;
    // items incl. dummies: 0..n-1 real, n.. dummies
    private int total;
    private int[] dummyEdge; // for dummies: edge index
    private int[][] chains; // per edge: items from lower end to upper end (null for same-layer edges)
    // segments between adjacent layers: lower item -> upper item
    private int[] segLow;
    private int[] segUp;
    private int[] segWeight;
    private int segCount;
    // adjacency (CSR) over segments
    private int[] upStart;
    private int[] upList;
    private int[] downStart;
    private int[] downList;
    // order
    private int[][] layers;
    private int[] pos;
    // result
    private double[] cx;
    private double[] layerTop;
    private double[] layerHeight;
    private double width;
    private double height;

    /**
     * @param widths item widths
     * @param heights item heights
     * @param sources per edge the lower (reporting) item
     * @param targets per edge the upper (hearing) item
     * @param treeRank per edge its preference as a tree edge, lower first; {@link Integer#MIN_VALUE}: a
     *        tree edge whenever possible; other negative values: never a tree edge
     */
    LayeredEngine(double[] widths, double[] heights, int[] sources, int[] targets, int[] treeRank, double nodeGap,
            double layerGap) {
        this.n = widths.length;
        this.w = widths;
        this.h = heights;
        this.src = sources;
        this.tgt = targets;
        this.nodeGap = nodeGap;
        this.layerGap = layerGap;
        buildForest(treeRank);
        assignLayers();
        buildChains();
        initialOrder();
        reduceCrossings();
        placeX();
        placeY();
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    /** Left edge of item {@code i}. */
    @Override
    public double x(int i) {
        return cx[i] - w[i] / 2;
    }

    /** Top edge of item {@code i}. */
    @Override
    public double y(int i) {
        return layerTop[layer[i]];
    }

    @Override
    public int layer(int i) {
        return layer[i];
    }

    boolean isTreeEdge(int e) {
        return treeEdge[e];
    }

    /** Crossings between adjacent layers of the final order (segments through dummies, tree routes as straight). */
    long layerCrossings() {
        long crossings = 0;
        for (int l = 1; l < layerCount; l++) {
            crossings += crossingsBetween(l);
        }
        return crossings;
    }

    // ---------------------------------------------------------------- forest

    private void buildForest(int[] treeRank) {
        parent = new int[n];
        treeEdge = chooseTreeEdges(n, src, tgt, treeRank, parent);
    }

    /**
     * Chooses the tree edges: per item the target of its most preferred edge (lowest rank; negative rank
     * never) that closes no cycle. Fills {@code parent} (-1 for roots) and returns which edges were chosen.
     */
    static boolean[] chooseTreeEdges(int n, int[] src, int[] tgt, int[] treeRank, int[] parent) {
        int m = src.length;
        Arrays.fill(parent, -1);
        boolean[] chosen = new boolean[m];
        Integer[] byRank = new Integer[m];
        for (int e = 0; e < m; e++) {
            byRank[e] = e;
        }
        Arrays.sort(byRank, (a, b) -> Integer.compare(treeRank[a], treeRank[b]));
        int[] uf = new int[n];
        for (int i = 0; i < n; i++) {
            uf[i] = i;
        }
        for (Integer boxed : byRank) {
            int e = boxed;
            int child = src[e];
            int up = tgt[e];
            if (treeRank[e] < 0 && treeRank[e] != Integer.MIN_VALUE || child == up || parent[child] >= 0) {
                continue;
            }
            int rc = find(uf, child);
            int ru = find(uf, up);
            if (rc == ru) {
                continue;
            }
            parent[child] = up;
            uf[rc] = ru;
            chosen[e] = true;
        }
        return chosen;
    }

    private static int find(int[] uf, int i) {
        int root = i;
        while (uf[root] != root) {
            root = uf[root];
        }
        while (uf[i] != root) {
            int next = uf[i];
            uf[i] = root;
            i = next;
        }
        return root;
    }

    private int[] childStart;
    private int[] childList;

    private void assignLayers() {
        childStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                childStart[parent[i] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            childStart[i + 1] += childStart[i];
        }
        childList = new int[Math.max(0, childStart[n])];
        int[] fill = Arrays.copyOf(childStart, n);
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                childList[fill[parent[i]]++] = i;
            }
        }
        layer = new int[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (parent[i] < 0) {
                queue[tail++] = i;
            }
        }
        layerCount = n == 0 ? 0 : 1;
        while (head < tail) {
            int v = queue[head++];
            for (int k = childStart[v]; k < childStart[v + 1]; k++) {
                int c = childList[k];
                layer[c] = layer[v] + 1;
                layerCount = Math.max(layerCount, layer[c] + 1);
                queue[tail++] = c;
            }
        }
    }

    // ---------------------------------------------------------------- dummies and segments

    private void buildChains() {
        int m = src.length;
        chains = new int[m][];
        int dummies = 0;
        for (int e = 0; e < m; e++) {
            int span = Math.abs(layer[src[e]] - layer[tgt[e]]);
            if (span > 1) {
                dummies += span - 1;
            }
        }
        total = n + dummies;
        int[] allLayer = Arrays.copyOf(layer, total);
        dummyEdge = new int[dummies];
        int next = n;
        int segs = 0;
        for (int e = 0; e < m; e++) {
            int a = src[e];
            int b = tgt[e];
            if (a == b || layer[a] == layer[b]) {
                continue;
            }
            int low = layer[a] > layer[b] ? a : b;
            int up = low == a ? b : a;
            int span = layer[low] - layer[up];
            int[] chain = new int[span + 1];
            chain[0] = low;
            for (int k = 1; k < span; k++) {
                allLayer[next] = layer[low] - k;
                dummyEdge[next - n] = e;
                chain[k] = next++;
            }
            chain[span] = up;
            chains[e] = chain;
            segs += span;
        }
        layer = allLayer;
        segLow = new int[segs];
        segUp = new int[segs];
        segWeight = new int[segs];
        for (int e = 0; e < m; e++) {
            int[] chain = chains[e];
            if (chain == null) {
                continue;
            }
            int weight = treeEdge[e] ? TREE_WEIGHT : 1;
            for (int k = 0; k + 1 < chain.length; k++) {
                segLow[segCount] = chain[k];
                segUp[segCount] = chain[k + 1];
                segWeight[segCount] = weight;
                segCount++;
            }
        }
        upStart = new int[total + 1];
        downStart = new int[total + 1];
        for (int s = 0; s < segCount; s++) {
            upStart[segLow[s] + 1]++;
            downStart[segUp[s] + 1]++;
        }
        for (int i = 0; i < total; i++) {
            upStart[i + 1] += upStart[i];
            downStart[i + 1] += downStart[i];
        }
        upList = new int[segCount];
        downList = new int[segCount];
        int[] upFill = Arrays.copyOf(upStart, total);
        int[] downFill = Arrays.copyOf(downStart, total);
        for (int s = 0; s < segCount; s++) {
            upList[upFill[segLow[s]]++] = s;
            downList[downFill[segUp[s]]++] = s;
        }
    }

    // ---------------------------------------------------------------- order

    private void initialOrder() {
        double[] key = new double[total];
        int counter = 0;
        int[] stack = new int[Math.max(1, n)];
        for (int r = 0; r < n; r++) {
            if (parent[r] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = r;
            while (top > 0) {
                int v = stack[--top];
                key[v] = counter++;
                for (int k = childStart[v + 1] - 1; k >= childStart[v]; k--) {
                    stack[top++] = childList[k];
                }
            }
        }
        for (int d = n; d < total; d++) {
            int e = dummyEdge[d - n];
            int low = layer[src[e]] > layer[tgt[e]] ? src[e] : tgt[e];
            key[d] = key[low] + 0.5;
        }
        int[] sizes = new int[layerCount];
        for (int i = 0; i < total; i++) {
            sizes[layer[i]]++;
        }
        layers = new int[layerCount][];
        for (int l = 0; l < layerCount; l++) {
            layers[l] = new int[sizes[l]];
        }
        int[] fill = new int[layerCount];
        for (int i = 0; i < total; i++) {
            layers[layer[i]][fill[layer[i]]++] = i;
        }
        pos = new int[total];
        for (int[] items : layers) {
            sortBy(items, key);
        }
    }

    private void sortBy(int[] items, double[] key) {
        Integer[] boxed = new Integer[items.length];
        for (int k = 0; k < items.length; k++) {
            boxed[k] = items[k];
        }
        Arrays.sort(boxed, (a, b) -> Double.compare(key[a], key[b]));
        for (int k = 0; k < items.length; k++) {
            items[k] = boxed[k];
            pos[items[k]] = k;
        }
    }

    private void reduceCrossings() {
        long best = layerCrossings();
        int[][] bestLayers = copy(layers);
        double[] bary = new double[total];
        for (int sweep = 0; sweep < SWEEPS && best > 0; sweep++) {
            boolean down = sweep % 2 == 0;
            if (down) {
                for (int l = 1; l < layerCount; l++) {
                    barycenters(layers[l], bary, true);
                    sortBy(layers[l], bary);
                }
            } else {
                for (int l = layerCount - 2; l >= 0; l--) {
                    barycenters(layers[l], bary, false);
                    sortBy(layers[l], bary);
                }
            }
            long crossings = layerCrossings();
            if (crossings < best) {
                best = crossings;
                bestLayers = copy(layers);
            }
        }
        layers = bestLayers;
        for (int[] items : layers) {
            for (int k = 0; k < items.length; k++) {
                pos[items[k]] = k;
            }
        }
    }

    private void barycenters(int[] items, double[] bary, boolean fromAbove) {
        for (int v : items) {
            double sum = 0;
            double weights = 0;
            if (fromAbove) {
                for (int k = upStart[v]; k < upStart[v + 1]; k++) {
                    int s = upList[k];
                    sum += segWeight[s] * pos[segUp[s]];
                    weights += segWeight[s];
                }
            } else {
                for (int k = downStart[v]; k < downStart[v + 1]; k++) {
                    int s = downList[k];
                    sum += segWeight[s] * pos[segLow[s]];
                    weights += segWeight[s];
                }
            }
            // a small pull to the current place keeps unconnected items where they are
            bary[v] = (sum + 0.01 * pos[v]) / (weights + 0.01);
        }
    }

    private static int[][] copy(int[][] arrays) {
        int[][] copy = new int[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            copy[i] = arrays[i].clone();
        }
        return copy;
    }

    /** Crossings of segments between layer l-1 and l: inversions, counted with an accumulator tree. */
    private long crossingsBetween(int l) {
        int[] lower = layers[l];
        int upperSize = layers[l - 1].length;
        int count = 0;
        for (int v : lower) {
            count += upStart[v + 1] - upStart[v];
        }
        if (count < 2) {
            return 0;
        }
        // segments sorted by (lower pos, upper pos): lower items in order, their up-neighbours by pos
        int[] ups = new int[count];
        int c = 0;
        for (int v : lower) {
            int from = c;
            for (int k = upStart[v]; k < upStart[v + 1]; k++) {
                ups[c++] = pos[segUp[upList[k]]];
            }
            Arrays.sort(ups, from, c);
        }
        int first = 1;
        while (first < upperSize) {
            first <<= 1;
        }
        int[] tree = new int[2 * first];
        first--;
        long crossings = 0;
        for (int k = 0; k < count; k++) {
            int index = ups[k] + first + 1;
            tree[index]++;
            while (index > 1) {
                if ((index & 1) == 0) {
                    crossings += tree[index + 1];
                }
                index >>= 1;
                tree[index]++;
            }
        }
        return crossings;
    }

    // ---------------------------------------------------------------- coordinates

    private double width(int item) {
        return item < n ? w[item] : 0;
    }

    private double separation(int left, int right) {
        double gap = left < n && right < n ? nodeGap : nodeGap / 2;
        return width(left) / 2 + width(right) / 2 + gap;
    }

    private void placeX() {
        cx = new double[total];
        for (int[] items : layers) {
            double x = 0;
            for (int k = 0; k < items.length; k++) {
                if (k > 0) {
                    x += separation(items[k - 1], items[k]);
                }
                cx[items[k]] = x;
            }
        }
        if (total == 0) {
            return;
        }
        double[] desired = new double[total];
        double[] weight = new double[total];
        bottomUp(desired, weight);
        topDown(desired, weight);
        bottomUp(desired, weight);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < total; i++) {
            min = Math.min(min, cx[i] - width(i) / 2);
            max = Math.max(max, cx[i] + width(i) / 2);
        }
        for (int i = 0; i < total; i++) {
            cx[i] -= min;
        }
        width = max - min;
    }

    private void bottomUp(double[] desired, double[] weight) {
        for (int l = layerCount - 1; l >= 0; l--) {
            for (int v : layers[l]) {
                double treeMin = Double.MAX_VALUE;
                double treeMax = -Double.MAX_VALUE;
                double sum = 0;
                int others = 0;
                for (int k = downStart[v]; k < downStart[v + 1]; k++) {
                    int s = downList[k];
                    double x = cx[segLow[s]];
                    if (segWeight[s] == TREE_WEIGHT) {
                        treeMin = Math.min(treeMin, x);
                        treeMax = Math.max(treeMax, x);
                    } else {
                        sum += x;
                        others++;
                    }
                }
                if (treeMin <= treeMax) {
                    desired[v] = (treeMin + treeMax) / 2;
                    weight[v] = 1;
                } else if (v >= n) {
                    desired[v] = (sum + upMean(v)) / (others + 1);
                    weight[v] = 0.5;
                } else if (others > 0) {
                    desired[v] = sum / others;
                    weight[v] = 0.2;
                } else {
                    desired[v] = cx[v];
                    weight[v] = 0.05;
                }
            }
            solve(layers[l], desired, weight);
        }
    }

    private double upMean(int v) {
        double sum = 0;
        int count = 0;
        for (int k = upStart[v]; k < upStart[v + 1]; k++) {
            sum += cx[segUp[upList[k]]];
            count++;
        }
        return count == 0 ? cx[v] : sum / count;
    }

    private void topDown(double[] desired, double[] weight) {
        for (int l = 1; l < layerCount; l++) {
            for (int v : layers[l]) {
                boolean tree = false;
                double x = 0;
                for (int k = upStart[v]; k < upStart[v + 1]; k++) {
                    int s = upList[k];
                    if (segWeight[s] == TREE_WEIGHT) {
                        tree = true;
                        x = cx[segUp[s]];
                    }
                }
                if (tree) {
                    desired[v] = (x + cx[v]) / 2;
                    weight[v] = 1;
                } else if (v >= n) {
                    desired[v] = upMean(v);
                    weight[v] = 0.5;
                } else {
                    desired[v] = cx[v];
                    weight[v] = 0.3;
                }
            }
            solve(layers[l], desired, weight);
        }
    }

    /**
     * Places the items of one layer as close to their desired centres as the order and spacing allow
     * (weighted least squares; pool adjacent violators on the centres minus their minimal offsets).
     */
    private void solve(int[] items, double[] desired, double[] weight) {
        int m = items.length;
        if (m == 0) {
            return;
        }
        double[] offset = new double[m];
        for (int k = 1; k < m; k++) {
            offset[k] = offset[k - 1] + separation(items[k - 1], items[k]);
        }
        double[] blockValue = new double[m];
        double[] blockWeight = new double[m];
        int[] blockEnd = new int[m];
        int blocks = 0;
        for (int k = 0; k < m; k++) {
            int v = items[k];
            double wt = Math.max(weight[v], 1e-6);
            double value = desired[v] - offset[k];
            blockValue[blocks] = value;
            blockWeight[blocks] = wt;
            blockEnd[blocks] = k;
            blocks++;
            while (blocks > 1 && blockValue[blocks - 2] > blockValue[blocks - 1]) {
                double wSum = blockWeight[blocks - 2] + blockWeight[blocks - 1];
                blockValue[blocks - 2] = (blockValue[blocks - 2] * blockWeight[blocks - 2]
                        + blockValue[blocks - 1] * blockWeight[blocks - 1]) / wSum;
                blockWeight[blocks - 2] = wSum;
                blockEnd[blocks - 2] = blockEnd[blocks - 1];
                blocks--;
            }
        }
        int k = 0;
        for (int b = 0; b < blocks; b++) {
            for (; k <= blockEnd[b]; k++) {
                cx[items[k]] = blockValue[b] + offset[k];
            }
        }
    }

    private void placeY() {
        layerTop = new double[layerCount];
        layerHeight = new double[layerCount];
        for (int i = 0; i < n; i++) {
            layerHeight[layer[i]] = Math.max(layerHeight[layer[i]], h[i]);
        }
        double y = 0;
        for (int l = 0; l < layerCount; l++) {
            layerTop[l] = y;
            y += layerHeight[l] + layerGap;
        }
        height = layerCount == 0 ? 0 : y - layerGap;
    }

    // ---------------------------------------------------------------- routes

    /**
     * The route of edge {@code e} from its source to its target as x,y pairs, in this engine's
     * coordinates; {@code portOffsets} holds per edge the x offsets at the source and target ends
     * (non-tree edges), see {@link #portOffsets()}.
     */
    @Override
    public double[] route(int e) {
        if (ports == null) {
            ports = portOffsets();
        }
        return route(e, ports);
    }

    private double[][] ports;

    double[] route(int e, double[][] portOffsets) {
        int a = src[e];
        int b = tgt[e];
        if (layer[a] == layer[b]) {
            double above = layerTop[layer[a]] - layerGap / 3;
            double ax = cx[a] + portOffsets[e][0];
            double bx = cx[b] + portOffsets[e][1];
            return new double[] { ax, y(a), ax, above, bx, above, bx, y(b) };
        }
        if (treeEdge[e]) {
            double childTop = y(a);
            double parentBottom = y(b) + h[b];
            double mid = layerTop[layer[a]] - layerGap / 2;
            if (Math.abs(cx[a] - cx[b]) < 0.5) {
                return new double[] { cx[a], childTop, cx[a], parentBottom };
            }
            return new double[] { cx[a], childTop, cx[a], mid, cx[b], mid, cx[b], parentBottom };
        }
        int[] chain = chains[e];
        int low = chain[0];
        int up = chain[chain.length - 1];
        boolean upward = low == a;
        // from the lower end upwards: in each gap between layers up, across in a channel of its own
        // above the tree buses, up; through each dummy straight up
        double[] xy = new double[chain.length * 8];
        int c = 0;
        double x = cx[low] + portOffsets[e][upward ? 0 : 1];
        xy[c++] = x;
        xy[c++] = y(low);
        double channel = channel(e);
        for (int k = 1; k < chain.length; k++) {
            int d = chain[k];
            int l = layer[d];
            double nextX = k == chain.length - 1 ? cx[up] + portOffsets[e][upward ? 1 : 0] : cx[d];
            double bottom = k == chain.length - 1 ? y(up) + h[up] : layerTop[l] + layerHeight[l];
            if (ORTHOGONAL && Math.abs(nextX - x) > 0.5) {
                double cy = layerTop[l] + layerHeight[l] + channel;
                xy[c++] = x;
                xy[c++] = cy;
                xy[c++] = nextX;
                xy[c++] = cy;
            }
            xy[c++] = nextX;
            xy[c++] = bottom;
            if (k < chain.length - 1) {
                xy[c++] = nextX;
                xy[c++] = layerTop[l];
            }
            x = nextX;
        }
        xy = Arrays.copyOf(xy, c);
        return upward ? xy : reverse(xy);
    }

    private static final boolean ORTHOGONAL = !Boolean.getBoolean("diag");

    /** The y of edge e's horizontal run below a layer's bottom: spread over the upper part of the gap. */
    private double channel(int e) {
        double band = layerGap / 2 - 4;
        return 3 + (e * 7 % 11) * band / 11;
    }

    private static double[] reverse(double[] xy) {
        double[] reversed = new double[xy.length];
        for (int k = 0; k < xy.length; k += 2) {
            reversed[xy.length - 2 - k] = xy[k];
            reversed[xy.length - 1 - k] = xy[k + 1];
        }
        return reversed;
    }

    /**
     * Per edge the x offsets of its ends from their items' centres: 0 for tree edges; the k-th other edge
     * on the same side of an item is moved 5, -5, 10, -10, ... points (within the item), so parallel
     * lines stay apart.
     */
    double[][] portOffsets() {
        int m = src.length;
        double[][] offsets = new double[m][2];
        int[] topUsed = new int[n];
        int[] bottomUsed = new int[n];
        for (int e = 0; e < m; e++) {
            if (treeEdge[e]) {
                continue;
            }
            int a = src[e];
            int b = tgt[e];
            boolean aOnTop = layer[a] >= layer[b];
            boolean bOnTop = layer[b] > layer[a] || layer[a] == layer[b];
            offsets[e][0] = offset(a, aOnTop ? topUsed[a]++ : bottomUsed[a]++);
            offsets[e][1] = offset(b, bOnTop ? topUsed[b]++ : bottomUsed[b]++);
        }
        return offsets;
    }

    private double offset(int item, int k) {
        double step = 5 * (k / 2 + 1);
        double limit = Math.max(0, w[item] / 2 - 3);
        double value = Math.min(step, limit);
        return k % 2 == 0 ? value : -value;
    }
}
