package cn.qinglian.evaluation.appraisal;

/** A ballot that cannot be accepted, with the reason. */
public final class BallotRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a ballot is refused. */
    public enum Reason {
        /** The appraisal is closed. */
        CLOSED,
        /** The token was never issued for this appraisal. */
        UNKNOWN_TOKEN,
        /** A ballot with this token was already cast: a ballot is cast once. */
        ALREADY_CAST,
        /** A mark names someone who is not a candidate, or a candidate twice. */
        NOT_A_CANDIDATE
    }

    private final Reason reason;

    public BallotRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
