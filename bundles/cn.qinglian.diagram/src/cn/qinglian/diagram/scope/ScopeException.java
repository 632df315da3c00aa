package cn.qinglian.diagram.scope;

/** A scope that names nothing in the organisation, or is not a scope at all; the message says which object. */
public class ScopeException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScopeException(String message) {
        super(message);
    }
}
