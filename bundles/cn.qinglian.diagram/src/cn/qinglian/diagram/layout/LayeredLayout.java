package cn.qinglian.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.qinglian.diagram.Box;
import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramCluster;
import cn.qinglian.diagram.DiagramEdge;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.DiagramNode;
import cn.qinglian.diagram.DiagramStyle;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.LayoutOptions;
import cn.qinglian.diagram.PlacedCluster;
import cn.qinglian.diagram.PlacedNode;
import cn.qinglian.diagram.Point;
import cn.qinglian.diagram.RoutedEdge;

/**
 * Our layered layout ({@link LayeredEngine}). With the hierarchy shown, each unit cluster is laid out on
 * its own, inside out, and then stands as one box in its parent's layout; an edge is laid out in the
 * innermost cluster holding both its ends, between the boxes standing for them.
 */
public final class LayeredLayout implements GraphLayout {

    private static final double CLUSTER_PADDING = 10;

    @Override
    public Diagram layout(DiagramGraph graph, LayoutOptions options) {
        return new Run(graph, options).diagram();
    }

    /** Preference of an edge kind as a tree edge: reporting lines first, sideways kinds last. */
    static int treeRank(EdgeKind kind) {
        return switch (kind) {
            case LEVEL, HEAD_OF_UNIT -> 0;
            case INTERNAL, CHARGE -> 1;
            case LINE -> 2;
            case MUTUAL -> 5;
            case CC -> 6;
        };
    }

    /** One layout run. Clusters are numbered 0..c-1; the root (everything outside clusters) is c. */
    private static final class Run {

        private final DiagramGraph graph;
        private final LayoutOptions options;
        private final DiagramStyle style;
        private final NodeSizer sizer;
        private final List<DiagramNode> nodes;
        private final List<DiagramCluster> clusters;
        private final int root;
        private final int[] clusterParent;
        private final int[] clusterDepth;
        private final int[] nodeCluster;
        private final double[] nodeW;
        private final double[] nodeH;
        // per cluster: its items (node i as i, child cluster k as -(k+1)) and its laid-out engine
        private final List<List<Integer>> items = new ArrayList<>();
        private final PlacementEngine[] engines;
        private final double[] blockW;
        private final double[] blockH;
        private final double[] originX;
        private final double[] originY;
        private final double[] headerH;
        private final List<List<Integer>> clusterEdges = new ArrayList<>();
        private final int[][] edgeItems;

        Run(DiagramGraph graph, LayoutOptions options) {
            this.graph = graph;
            this.options = options;
            this.style = options.style();
            this.sizer = new NodeSizer(options.measure(), style);
            this.nodes = graph.nodes();
            this.clusters = options.hierarchy() ? graph.clusters() : List.of();
            int c = clusters.size();
            this.root = c;
            Map<String, Integer> clusterIndex = new HashMap<>();
            for (int k = 0; k < c; k++) {
                clusterIndex.put(clusters.get(k).id(), k);
            }
            clusterParent = new int[c + 1];
            clusterDepth = new int[c + 1];
            clusterParent[root] = -1;
            for (int k = 0; k < c; k++) {
                Integer parent = clusters.get(k).parentId() == null ? null : clusterIndex.get(clusters.get(k).parentId());
                clusterParent[k] = parent == null ? root : parent;
            }
            for (int k = 0; k < c; k++) {
                int depth = 0;
                for (int p = clusterParent[k]; p != root && p >= 0; p = clusterParent[p]) {
                    depth++;
                }
                clusterDepth[k] = depth;
            }
            clusterDepth[root] = -1;
            int n = nodes.size();
            nodeCluster = new int[n];
            nodeW = new double[n];
            nodeH = new double[n];
            for (int i = 0; i < c + 1; i++) {
                items.add(new ArrayList<>());
                clusterEdges.add(new ArrayList<>());
            }
            for (int k = 0; k < c; k++) {
                items.get(clusterParent[k]).add(-(k + 1));
            }
            for (int i = 0; i < n; i++) {
                DiagramNode node = nodes.get(i);
                Integer cluster = node.clusterId() == null ? null : clusterIndex.get(node.clusterId());
                nodeCluster[i] = cluster == null ? root : cluster;
                items.get(nodeCluster[i]).add(i);
                nodeW[i] = sizer.width(node);
                nodeH[i] = sizer.height(node);
            }
            engines = new PlacementEngine[c + 1];
            blockW = new double[c + 1];
            blockH = new double[c + 1];
            originX = new double[c + 1];
            originY = new double[c + 1];
            headerH = new double[c + 1];
            edgeItems = new int[graph.edges().size()][];
            assignEdges();
            layOutClusters();
        }

        /** Decides, per edge, the cluster whose layout routes it and the items standing for its ends. */
        private void assignEdges() {
            Map<String, Integer> nodeIndex = new HashMap<>(nodes.size() * 2);
            for (int i = 0; i < nodes.size(); i++) {
                nodeIndex.put(nodes.get(i).id(), i);
            }
            List<DiagramEdge> edges = graph.edges();
            for (int e = 0; e < edges.size(); e++) {
                Integer s = nodeIndex.get(edges.get(e).sourceId());
                Integer t = nodeIndex.get(edges.get(e).targetId());
                if (s == null || t == null || s.equals(t)) {
                    continue;
                }
                int cs = nodeCluster[s];
                int ct = nodeCluster[t];
                int sItem = s;
                int tItem = t;
                while (cs != ct) {
                    if (depth(cs) >= depth(ct)) {
                        sItem = -(cs + 1);
                        cs = clusterParent[cs];
                    } else {
                        tItem = -(ct + 1);
                        ct = clusterParent[ct];
                    }
                }
                edgeItems[e] = new int[] { cs, sItem, tItem, s, t };
                clusterEdges.get(cs).add(e);
            }
        }

        private int depth(int cluster) {
            return cluster == root ? -1 : clusterDepth[cluster];
        }

        private void layOutClusters() {
            // children before parents: clusters come parents first, so go backwards; the root last
            for (int k = clusters.size() - 1; k >= 0; k--) {
                layOut(k);
            }
            layOut(root);
        }

        private void layOut(int cluster) {
            List<Integer> own = items.get(cluster);
            int m = own.size();
            double[] w = new double[m];
            double[] h = new double[m];
            Map<Integer, Integer> local = new HashMap<>(m * 2);
            for (int k = 0; k < m; k++) {
                int item = own.get(k);
                local.put(item, k);
                w[k] = item >= 0 ? nodeW[item] : blockW[-item - 1];
                h[k] = item >= 0 ? nodeH[item] : blockH[-item - 1];
            }
            List<Integer> edges = clusterEdges.get(cluster);
            int[] src = new int[edges.size()];
            int[] tgt = new int[edges.size()];
            int[] rank = new int[edges.size()];
            for (int k = 0; k < edges.size(); k++) {
                int e = edges.get(k);
                src[k] = local.get(edgeItems[e][1]);
                tgt[k] = local.get(edgeItems[e][2]);
                rank[k] = treeRank(graph.edges().get(e).kind());
            }
            PlacementEngine engine = new PackedEngine(w, h, src, tgt, rank, style.nodeGap(), style.layerGap());
            engines[cluster] = engine;
            if (cluster != root) {
                headerH[cluster] = style.lineHeight() + 4;
                blockW[cluster] = Math.max(engine.width() + 2 * CLUSTER_PADDING,
                        options.measure().width(clusters.get(cluster).label(), style.fontSize()) + 2 * CLUSTER_PADDING);
                blockH[cluster] = engine.height() + 2 * CLUSTER_PADDING + headerH[cluster];
            }
        }

        Diagram diagram() {
            int n = nodes.size();
            Box[] nodeBox = new Box[n];
            int[] nodeLayer = new int[n];
            List<PlacedCluster> placedClusters = new ArrayList<>();
            Box[] clusterBox = new Box[clusters.size()];
            place(root, 0, 0, nodeBox, nodeLayer, clusterBox);
            for (int k = 0; k < clusters.size(); k++) {
                placedClusters.add(new PlacedCluster(clusters.get(k), clusterBox[k], clusterDepth[k]));
            }
            List<PlacedNode> placed = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                placed.add(new PlacedNode(nodes.get(i), nodeBox[i], nodeLayer[i]));
            }
            List<RoutedEdge> routed = new ArrayList<>(graph.edges().size());
            List<DiagramEdge> edges = graph.edges();
            int[] localIndex = new int[edges.size()];
            for (int c = 0; c <= clusters.size(); c++) {
                List<Integer> own = clusterEdges.get(c);
                for (int k = 0; k < own.size(); k++) {
                    localIndex[own.get(k)] = k;
                }
            }
            for (int e = 0; e < edges.size(); e++) {
                int[] at = edgeItems[e];
                if (at == null) {
                    continue;
                }
                int c = at[0];
                double[] xy = engines[c].route(localIndex[e]);
                List<Point> points = new ArrayList<>(xy.length / 2);
                for (int k = 0; k < xy.length; k += 2) {
                    points.add(new Point(xy[k] + originX[c], xy[k + 1] + originY[c]));
                }
                if (at[1] < 0) {
                    points.set(0, attach(nodeBox[at[3]], points.get(1)));
                }
                if (at[2] < 0) {
                    points.set(points.size() - 1, attach(nodeBox[at[4]], points.get(points.size() - 2)));
                }
                routed.add(new RoutedEdge(edges.get(e), points));
            }
            return DiagramAssembler.assemble(graph, options, placed, routed, placedClusters, blockWidthOfRoot(),
                    engines[root].height());
        }

        private double blockWidthOfRoot() {
            return engines[root].width();
        }

        /** The middle of the top or bottom side of {@code box}, whichever faces {@code towards}. */
        private static Point attach(Box box, Point towards) {
            return towards.y() < box.y() ? new Point(box.centerX(), box.y()) : new Point(box.centerX(), box.bottom());
        }

        /** Places the content of {@code cluster} with its engine origin at (x, y). */
        private void place(int cluster, double x, double y, Box[] nodeBox, int[] nodeLayer, Box[] clusterBox) {
            originX[cluster] = x;
            originY[cluster] = y;
            PlacementEngine engine = engines[cluster];
            List<Integer> own = items.get(cluster);
            for (int k = 0; k < own.size(); k++) {
                int item = own.get(k);
                double ix = x + engine.x(k);
                double iy = y + engine.y(k);
                if (item >= 0) {
                    nodeBox[item] = new Box(ix, iy, nodeW[item], nodeH[item]);
                    nodeLayer[item] = engine.layer(k);
                } else {
                    int child = -item - 1;
                    clusterBox[child] = new Box(ix, iy, blockW[child], blockH[child]);
                    double innerX = ix + (blockW[child] - engines[child].width()) / 2;
                    place(child, innerX, iy + CLUSTER_PADDING + headerH[child], nodeBox, nodeLayer, clusterBox);
                }
            }
        }
    }

}
