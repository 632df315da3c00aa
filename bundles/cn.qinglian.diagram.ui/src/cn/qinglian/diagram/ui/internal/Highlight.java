package cn.qinglian.diagram.ui.internal;

import java.util.BitSet;

/**
 * A highlighted chain: the focus node, the nodes it reports to (up) and those reporting to it (down).
 * {@link #NONE} highlights nothing. Immutable once made.
 */
public final class Highlight {

    /** How a box is drawn. */
    public enum Role {
        NORMAL, FOCUS, UP, DOWN, DIMMED
    }

    public static final Highlight NONE = new Highlight(-1, new BitSet(), new BitSet());

    private final int focus;
    private final BitSet up;
    private final BitSet down;

    public Highlight(int focus, BitSet up, BitSet down) {
        this.focus = focus;
        this.up = up;
        this.down = down;
    }

    public boolean isActive() {
        return focus >= 0;
    }

    public int focus() {
        return focus;
    }

    public Role role(int node) {
        if (focus < 0) {
            return Role.NORMAL;
        }
        if (node == focus) {
            return Role.FOCUS;
        }
        if (up.get(node)) {
            return Role.UP;
        }
        if (down.get(node)) {
            return Role.DOWN;
        }
        return Role.DIMMED;
    }

    /** Whether an edge from {@code source} to {@code target} lies on the highlighted chain. */
    public boolean onChain(int source, int target) {
        return focus >= 0 && (up.get(source) && up.get(target) || down.get(source) && down.get(target));
    }

    /** Nodes above the focus (without it). */
    public int upCount() {
        return Math.max(0, up.cardinality() - 1);
    }

    /** Nodes below the focus (without it). */
    public int downCount() {
        return Math.max(0, down.cardinality() - 1);
    }
}
