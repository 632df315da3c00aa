package cn.qinglian.award.election;

/** A step of an election that is not allowed, with why in the user's language. Nothing was changed. */
public final class ElectionRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public ElectionRefused(String message) {
        super(message);
    }
}
