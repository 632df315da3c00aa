package cn.qinglian.cli;

/** A sub-command was given a missing or wrong argument; the message says which. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
