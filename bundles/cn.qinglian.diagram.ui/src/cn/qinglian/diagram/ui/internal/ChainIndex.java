package cn.qinglian.diagram.ui.internal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.PlacedNode;
import cn.qinglian.diagram.RoutedEdge;

/**
 * The edges of a laid-out diagram as arrays, for what must be fast on thousands of boxes: a node's
 * chain upward (whom it reports to, transitively), its reports downward, and the subtree a collapsed
 * node hides. Edges of hidden kinds are not followed; 相互 (mutual) edges are not followed either (they
 * join peers, not levels). Plain Java, immutable.
 */
public final class ChainIndex {

    private final Map<String, Integer> nodeById;
    private final int[] source;
    private final int[] target;
    private final EdgeKind[] kind;
    private final int[][] outgoing;
    private final int[][] incoming;

    public ChainIndex(Diagram diagram) {
        List<PlacedNode> nodes = diagram.nodes();
        List<RoutedEdge> edges = diagram.edges();
        nodeById = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            nodeById.put(nodes.get(i).node().id(), i);
        }
        source = new int[edges.size()];
        target = new int[edges.size()];
        kind = new EdgeKind[edges.size()];
        int[] outDegree = new int[nodes.size()];
        int[] inDegree = new int[nodes.size()];
        for (int e = 0; e < edges.size(); e++) {
            source[e] = nodeById.getOrDefault(edges.get(e).edge().sourceId(), -1);
            target[e] = nodeById.getOrDefault(edges.get(e).edge().targetId(), -1);
            kind[e] = edges.get(e).edge().kind();
            if (source[e] >= 0 && target[e] >= 0) {
                outDegree[source[e]]++;
                inDegree[target[e]]++;
            }
        }
        outgoing = new int[nodes.size()][];
        incoming = new int[nodes.size()][];
        for (int n = 0; n < nodes.size(); n++) {
            outgoing[n] = new int[outDegree[n]];
            incoming[n] = new int[inDegree[n]];
        }
        Arrays.fill(outDegree, 0);
        Arrays.fill(inDegree, 0);
        for (int e = 0; e < edges.size(); e++) {
            if (source[e] >= 0 && target[e] >= 0) {
                outgoing[source[e]][outDegree[source[e]]++] = e;
                incoming[target[e]][inDegree[target[e]]++] = e;
            }
        }
    }

    public int nodeCount() {
        return outgoing.length;
    }

    public int edgeCount() {
        return source.length;
    }

    /** The index of the node with {@code id}, or -1. */
    public int node(String id) {
        return nodeById.getOrDefault(id, -1);
    }

    public int source(int edge) {
        return source[edge];
    }

    public int target(int edge) {
        return target[edge];
    }

    public EdgeKind kind(int edge) {
        return kind[edge];
    }

    /** {@code start} and every node it reports to, directly or not, through edges of {@code shown} kinds. */
    public BitSet upward(int start, Set<EdgeKind> shown, BitSet hidden) {
        return reach(start, outgoing, target, shown, hidden);
    }

    /** {@code start} and every node reporting to it, directly or not, through edges of {@code shown} kinds. */
    public BitSet downward(int start, Set<EdgeKind> shown, BitSet hidden) {
        return reach(start, incoming, source, shown, hidden);
    }

    private BitSet reach(int start, int[][] adjacency, int[] otherEnd, Set<EdgeKind> shown, BitSet hidden) {
        BitSet seen = new BitSet(outgoing.length);
        if (start < 0) {
            return seen;
        }
        int[] queue = new int[outgoing.length];
        int head = 0;
        int tail = 0;
        queue[tail++] = start;
        seen.set(start);
        boolean[] follow = followed(shown);
        while (head < tail) {
            int node = queue[head++];
            for (int edge : adjacency[node]) {
                int next = otherEnd[edge];
                if (follow[kind[edge].ordinal()] && !seen.get(next) && !hidden.get(next)) {
                    seen.set(next);
                    queue[tail++] = next;
                }
            }
        }
        return seen;
    }

    private static boolean[] followed(Set<EdgeKind> shown) {
        boolean[] follow = new boolean[EdgeKind.values().length];
        for (EdgeKind k : shown) {
            follow[k.ordinal()] = k != EdgeKind.MUTUAL;
        }
        return follow;
    }

    /** The nodes hidden when {@code collapsed} nodes are collapsed: everything reporting to them, not themselves. */
    public BitSet hiddenBy(BitSet collapsed, Set<EdgeKind> shown) {
        BitSet hidden = new BitSet(outgoing.length);
        BitSet none = new BitSet();
        for (int n = collapsed.nextSetBit(0); n >= 0; n = collapsed.nextSetBit(n + 1)) {
            BitSet below = downward(n, shown, none);
            below.clear(n);
            hidden.or(below);
        }
        return hidden;
    }

    /** How many nodes report to {@code node}, directly or not (what collapsing it hides). */
    public int reportsBelow(int node, Set<EdgeKind> shown) {
        return downward(node, shown, new BitSet()).cardinality() - 1;
    }
}
