package cn.qinglian.core.validation.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import cn.qinglian.model.Party;
import cn.qinglian.model.ReportingLine;

/**
 * The directed graph of some reporting lines over their parties, as compact adjacency arrays, with
 * strongly connected components (Kosaraju, iterative so deep chains cannot overflow the stack).
 */
final class LineGraph {

    private final List<Party> nodes = new ArrayList<>();
    private final Map<Party, Integer> ids = new HashMap<>();
    private int[] outStart;
    private int[] outTargets;
    private int[] inStart;
    private int[] inSources;

    private LineGraph() {
    }

    /** The graph of the lines accepted by {@code include} whose both ends are set. */
    static LineGraph of(List<ReportingLine> lines, Predicate<ReportingLine> include) {
        LineGraph graph = new LineGraph();
        int[] from = new int[lines.size()];
        int[] to = new int[lines.size()];
        int edges = 0;
        for (ReportingLine line : lines) {
            if (include.test(line) && line.getFrom() != null && line.getTo() != null) {
                from[edges] = graph.id(line.getFrom());
                to[edges++] = graph.id(line.getTo());
            }
        }
        int n = graph.nodes.size();
        graph.outStart = new int[n + 1];
        graph.inStart = new int[n + 1];
        graph.outTargets = new int[edges];
        graph.inSources = new int[edges];
        fill(from, to, edges, graph.outStart, graph.outTargets);
        fill(to, from, edges, graph.inStart, graph.inSources);
        return graph;
    }

    private int id(Party party) {
        Integer id = ids.get(party);
        if (id == null) {
            id = nodes.size();
            ids.put(party, id);
            nodes.add(party);
        }
        return id;
    }

    /** Compressed adjacency: the neighbours of node {@code v} are {@code neighbours[start[v] .. start[v + 1])}. */
    private static void fill(int[] owners, int[] others, int edges, int[] start, int[] neighbours) {
        for (int e = 0; e < edges; e++) {
            start[owners[e] + 1]++;
        }
        for (int i = 1; i < start.length; i++) {
            start[i] += start[i - 1];
        }
        int[] next = start.clone();
        for (int e = 0; e < edges; e++) {
            neighbours[next[owners[e]]++] = others[e];
        }
    }

    int size() {
        return nodes.size();
    }

    Party party(int node) {
        return nodes.get(node);
    }

    int node(Party party) {
        return ids.get(party);
    }

    int[] successors(int node) {
        return Arrays.copyOfRange(outTargets, outStart[node], outStart[node + 1]);
    }

    boolean hasEdge(int from, int to) {
        for (int i = outStart[from]; i < outStart[from + 1]; i++) {
            if (outTargets[i] == to) {
                return true;
            }
        }
        return false;
    }

    /** The component number of every node; nodes on a common cycle share a number. */
    int[] components() {
        int n = size();
        int[] finished = finishOrder();
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] stack = new int[n];
        int count = 0;
        for (int i = n - 1; i >= 0; i--) {
            int root = finished[i];
            if (component[root] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            component[root] = count;
            while (top > 0) {
                int v = stack[--top];
                for (int e = inStart[v]; e < inStart[v + 1]; e++) {
                    int w = inSources[e];
                    if (component[w] < 0) {
                        component[w] = count;
                        stack[top++] = w;
                    }
                }
            }
            count++;
        }
        return component;
    }

    /** Nodes in the order their depth-first search along outgoing edges finished. */
    private int[] finishOrder() {
        int n = size();
        int[] order = new int[n];
        int[] next = outStart.clone();
        boolean[] seen = new boolean[n];
        int[] stack = new int[n];
        int finished = 0;
        for (int root = 0; root < n; root++) {
            if (seen[root]) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            seen[root] = true;
            while (top > 0) {
                int v = stack[top - 1];
                if (next[v] < outStart[v + 1]) {
                    int w = outTargets[next[v]++];
                    if (!seen[w]) {
                        seen[w] = true;
                        stack[top++] = w;
                    }
                } else {
                    top--;
                    order[finished++] = v;
                }
            }
        }
        return order;
    }
}
