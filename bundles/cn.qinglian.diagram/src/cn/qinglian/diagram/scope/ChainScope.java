package cn.qinglian.diagram.scope;

/**
 * The reporting chains from a person's current posts, or from one post, up to the district (the rule of
 * {@link cn.qinglian.core.query.ReportingChains}).
 *
 * @param subject a person id (花名册编号) or a post path ({@code <unit path>#<post title>})
 */
public record ChainScope(String subject) implements DiagramScope {

    @Override
    public String text() {
        return "chain:" + subject;
    }

    /** Whether {@link #subject()} is a post path rather than a person id. */
    public boolean isPostPath() {
        return subject.indexOf('#') >= 0;
    }
}
