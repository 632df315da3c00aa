package cn.qinglian.diagram.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lays out each connected part of a graph on its own ({@link StackedEngine}) and packs the parts in rows,
 * in the order of their first items, up to a width that keeps the whole roughly 3:2 — instead of one
 * endless row of unconnected trees and single boxes.
 */
final class PackedEngine implements PlacementEngine {

    private static final double ASPECT = 1.5;

    private final PlacementEngine[] parts;
    private final int[] partOfItem;
    private final int[] localItem;
    private final int[] partOfEdge;
    private final int[] localEdge;
    private final double[] offsetX;
    private final double[] offsetY;
    private double width;
    private double height;

    PackedEngine(double[] w, double[] h, int[] src, int[] tgt, int[] rank, double nodeGap, double layerGap) {
        int n = w.length;
        int m = src.length;
        int[] uf = new int[n];
        for (int i = 0; i < n; i++) {
            uf[i] = i;
        }
        for (int e = 0; e < m; e++) {
            int a = find(uf, src[e]);
            int b = find(uf, tgt[e]);
            if (a != b) {
                uf[Math.max(a, b)] = Math.min(a, b);
            }
        }
        int[] partOfRoot = new int[n];
        Arrays.fill(partOfRoot, -1);
        partOfItem = new int[n];
        localItem = new int[n];
        List<List<Integer>> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = find(uf, i);
            if (partOfRoot[root] < 0) {
                partOfRoot[root] = items.size();
                items.add(new ArrayList<>());
            }
            partOfItem[i] = partOfRoot[root];
            localItem[i] = items.get(partOfItem[i]).size();
            items.get(partOfItem[i]).add(i);
        }
        int count = Math.max(1, items.size());
        partOfEdge = new int[m];
        localEdge = new int[m];
        List<List<Integer>> edges = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            edges.add(new ArrayList<>());
        }
        for (int e = 0; e < m; e++) {
            partOfEdge[e] = partOfItem[src[e]];
            localEdge[e] = edges.get(partOfEdge[e]).size();
            edges.get(partOfEdge[e]).add(e);
        }
        parts = new PlacementEngine[count];
        offsetX = new double[count];
        offsetY = new double[count];
        if (items.size() <= 1) {
            parts[0] = new StackedEngine(w, h, src, tgt, rank, nodeGap, layerGap);
            width = parts[0].width();
            height = parts[0].height();
            return;
        }
        double area = 0;
        double widest = 0;
        for (int p = 0; p < count; p++) {
            List<Integer> own = items.get(p);
            List<Integer> ownEdges = edges.get(p);
            double[] pw = new double[own.size()];
            double[] ph = new double[own.size()];
            for (int k = 0; k < own.size(); k++) {
                pw[k] = w[own.get(k)];
                ph[k] = h[own.get(k)];
            }
            int[] ps = new int[ownEdges.size()];
            int[] pt = new int[ownEdges.size()];
            int[] pr = new int[ownEdges.size()];
            for (int k = 0; k < ownEdges.size(); k++) {
                int e = ownEdges.get(k);
                ps[k] = localItem[src[e]];
                pt[k] = localItem[tgt[e]];
                pr[k] = rank[e];
            }
            parts[p] = new StackedEngine(pw, ph, ps, pt, pr, nodeGap, layerGap);
            area += (parts[p].width() + nodeGap) * (parts[p].height() + layerGap);
            widest = Math.max(widest, parts[p].width());
        }
        pack(Math.max(widest, Math.sqrt(area * ASPECT)), nodeGap, layerGap);
    }

    private void pack(double limit, double nodeGap, double layerGap) {
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        for (int p = 0; p < parts.length; p++) {
            if (x > 0 && x + parts[p].width() > limit) {
                y += rowHeight + layerGap;
                x = 0;
                rowHeight = 0;
            }
            offsetX[p] = x;
            offsetY[p] = y;
            x += parts[p].width() + 2 * nodeGap;
            rowHeight = Math.max(rowHeight, parts[p].height());
            width = Math.max(width, offsetX[p] + parts[p].width());
        }
        height = y + rowHeight;
    }

    private static int find(int[] uf, int i) {
        while (uf[i] != i) {
            uf[i] = uf[uf[i]];
            i = uf[i];
        }
        return i;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public double x(int item) {
        return offsetX[partOfItem[item]] + parts[partOfItem[item]].x(localItem[item]);
    }

    @Override
    public double y(int item) {
        return offsetY[partOfItem[item]] + parts[partOfItem[item]].y(localItem[item]);
    }

    @Override
    public int layer(int item) {
        return parts[partOfItem[item]].layer(localItem[item]);
    }

    @Override
    public double[] route(int e) {
        int p = partOfEdge[e];
        double[] xy = parts[p].route(localEdge[e]).clone();
        for (int k = 0; k < xy.length; k += 2) {
            xy[k] += offsetX[p];
            xy[k + 1] += offsetY[p];
        }
        return xy;
    }
}
