package cn.qinglian.diagram.ui.internal;

import cn.qinglian.diagram.PlacedNode;

/** A box of the viewer's diagram: the model of one node edit part (equal only to itself). */
public final class NodeItem {

    private final DiagramState state;
    private final int index;
    private final PlacedNode placed;

    NodeItem(DiagramState state, int index, PlacedNode placed) {
        this.state = state;
        this.index = index;
        this.placed = placed;
    }

    public DiagramState state() {
        return state;
    }

    public int index() {
        return index;
    }

    public PlacedNode placed() {
        return placed;
    }

    /** The id of the post or unit drawn. */
    public String id() {
        return placed.node().id();
    }

    @Override
    public String toString() {
        return placed.node().text();
    }
}
