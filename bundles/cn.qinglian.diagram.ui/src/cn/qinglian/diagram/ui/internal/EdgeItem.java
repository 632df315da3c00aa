package cn.qinglian.diagram.ui.internal;

import cn.qinglian.diagram.RoutedEdge;

/** A line of the viewer's diagram: the model of one connection edit part (equal only to itself). */
public final class EdgeItem {

    private final DiagramState state;
    private final int index;
    private final RoutedEdge routed;

    EdgeItem(DiagramState state, int index, RoutedEdge routed) {
        this.state = state;
        this.index = index;
        this.routed = routed;
    }

    public DiagramState state() {
        return state;
    }

    public int index() {
        return index;
    }

    public RoutedEdge routed() {
        return routed;
    }

    /** The id of the reporting line, copy notice or charge drawn (or "head:..." for a step to a unit head). */
    public String id() {
        return routed.edge().id();
    }

    @Override
    public String toString() {
        return routed.edge().kind() + " " + routed.edge().sourceId() + " -> " + routed.edge().targetId();
    }
}
