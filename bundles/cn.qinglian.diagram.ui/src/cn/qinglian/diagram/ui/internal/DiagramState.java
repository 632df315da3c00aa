package cn.qinglian.diagram.ui.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.EdgeKind;

/**
 * What the viewer shows of a laid-out diagram: the highlighted chain, the edge kinds shown (layers) and
 * the collapsed nodes with the nodes they hide. Figures read it while painting, so changing it needs
 * one repaint, not one change per figure. Plain Java; used in the UI thread only.
 */
public final class DiagramState {

    private final Diagram diagram;
    private final ChainIndex index;
    private final List<NodeItem> nodes;
    private final List<EdgeItem> edges;
    private final List<List<EdgeItem>> outgoing;
    private final List<List<EdgeItem>> incoming;
    private final EnumSet<EdgeKind> shown = EnumSet.allOf(EdgeKind.class);
    private final BitSet collapsed = new BitSet();
    private BitSet hidden = new BitSet();
    private Highlight highlight = Highlight.NONE;

    public DiagramState(Diagram diagram) {
        this.diagram = diagram;
        this.index = new ChainIndex(diagram);
        List<NodeItem> nodeItems = new ArrayList<>(diagram.nodes().size());
        for (int i = 0; i < diagram.nodes().size(); i++) {
            nodeItems.add(new NodeItem(this, i, diagram.nodes().get(i)));
        }
        this.nodes = Collections.unmodifiableList(nodeItems);
        List<EdgeItem> edgeItems = new ArrayList<>(diagram.edges().size());
        List<List<EdgeItem>> out = new ArrayList<>(nodes.size());
        List<List<EdgeItem>> in = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            out.add(new ArrayList<>(1));
            in.add(new ArrayList<>(1));
        }
        for (int e = 0; e < diagram.edges().size(); e++) {
            EdgeItem item = new EdgeItem(this, e, diagram.edges().get(e));
            edgeItems.add(item);
            if (index.source(e) >= 0 && index.target(e) >= 0) {
                out.get(index.source(e)).add(item);
                in.get(index.target(e)).add(item);
            }
        }
        this.edges = Collections.unmodifiableList(edgeItems);
        this.outgoing = out;
        this.incoming = in;
    }

    public Diagram diagram() {
        return diagram;
    }

    public ChainIndex index() {
        return index;
    }

    public List<NodeItem> nodes() {
        return nodes;
    }

    public List<EdgeItem> edges() {
        return edges;
    }

    public List<EdgeItem> edgesFrom(int node) {
        return outgoing.get(node);
    }

    public List<EdgeItem> edgesTo(int node) {
        return incoming.get(node);
    }

    /** The node with the model id {@code id}, or null. */
    public NodeItem node(String id) {
        int n = index.node(id);
        return n < 0 ? null : nodes.get(n);
    }

    public Highlight highlight() {
        return highlight;
    }

    /** Highlights the chain of {@code node} upward and its reports downward. */
    public Highlight highlight(int node) {
        highlight = node < 0 ? Highlight.NONE
                : new Highlight(node, index.upward(node, shown, hidden), index.downward(node, shown, hidden));
        return highlight;
    }

    public void clearHighlight() {
        highlight = Highlight.NONE;
    }

    public Set<EdgeKind> shownKinds() {
        return Collections.unmodifiableSet(shown);
    }

    public boolean isShown(EdgeKind kind) {
        return shown.contains(kind);
    }

    /** Shows or hides the edges of {@code kind} (a layer); collapsed subtrees and the highlight follow. */
    public void setShown(EdgeKind kind, boolean show) {
        if (show) {
            shown.add(kind);
        } else {
            shown.remove(kind);
        }
        recompute();
    }

    public boolean isCollapsed(int node) {
        return collapsed.get(node);
    }

    public void setCollapsed(int node, boolean collapse) {
        collapsed.set(node, collapse);
        recompute();
    }

    public void expandAll() {
        collapsed.clear();
        recompute();
    }

    /** How many boxes collapsing {@code node} hides (or hides now). */
    public int reportsBelow(int node) {
        return index.reportsBelow(node, shown);
    }

    public boolean isVisible(NodeItem node) {
        return !hidden.get(node.index());
    }

    public boolean isVisible(EdgeItem edge) {
        int e = edge.index();
        return shown.contains(index.kind(e)) && index.source(e) >= 0 && !hidden.get(index.source(e))
                && index.target(e) >= 0 && !hidden.get(index.target(e));
    }

    public int hiddenCount() {
        return hidden.cardinality();
    }

    /** The ids of the collapsed nodes (kept when the diagram is laid out again). */
    public List<String> collapsedIds() {
        List<String> ids = new ArrayList<>();
        collapsed.stream().forEach(n -> ids.add(nodes.get(n).id()));
        return ids;
    }

    /** Takes over layers, collapsed nodes and the highlighted node of {@code previous} (by model id). */
    public void carryOver(DiagramState previous) {
        shown.clear();
        shown.addAll(previous.shown);
        for (String id : previous.collapsedIds()) {
            int n = index.node(id);
            if (n >= 0) {
                collapsed.set(n);
            }
        }
        recompute();
        if (previous.highlight.isActive()) {
            highlight(index.node(previous.nodes.get(previous.highlight.focus()).id()));
        }
    }

    private void recompute() {
        hidden = index.hiddenBy(collapsed, shown);
        if (highlight.isActive()) {
            highlight(hidden.get(highlight.focus()) ? -1 : highlight.focus());
        }
    }
}
