package cn.qinglian.inspection.rectification;

import cn.qinglian.inspection.model.RectificationState;

/** A rectification cannot make the asked transition; {@link #reason()} says why. */
public final class IllegalTransitionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a transition was refused. */
    public enum Reason {
        /** The lifecycle has no such step. */
        NOT_ALLOWED,
        /** Nobody named as making the transition. */
        NO_ACTOR,
        /** No reason given. */
        NO_REASON
    }

    private final Reason reason;
    private final RectificationState from;
    private final RectificationState to;

    public IllegalTransitionException(Reason reason, RectificationState from, RectificationState to) {
        super(reason + ": " + from + " -> " + to);
        this.reason = reason;
        this.from = from;
        this.to = to;
    }

    public Reason reason() {
        return reason;
    }

    public RectificationState from() {
        return from;
    }

    public RectificationState to() {
        return to;
    }
}
