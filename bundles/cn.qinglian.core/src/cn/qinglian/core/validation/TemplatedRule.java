package cn.qinglian.core.validation;

import java.util.Objects;

/**
 * A rule with a fixed id and severity whose messages are templates {@code <rule id>.<key>} in a
 * resource bundle ({@link RuleMessages}): the base of the built-in rules and of the modules' rules.
 * A subclass implements {@link #check} and reports with {@link #message}.
 */
public abstract class TemplatedRule implements ValidationRule {

    private final String id;
    private final int severity;
    private final RuleMessages messages;

    /**
     * @param id the rule id (see {@link ValidationRule#id()})
     * @param severity the default severity, an EMF {@code Diagnostic} constant
     * @param messages the rule's message templates, keyed {@code <id>.<key>}
     */
    protected TemplatedRule(String id, int severity, RuleMessages messages) {
        this.id = Objects.requireNonNull(id);
        this.severity = severity;
        this.messages = Objects.requireNonNull(messages);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final int defaultSeverity() {
        return severity;
    }

    /** The template {@code <rule id>.<key>} in the context's language, filled with {@code arguments}. */
    public final String message(RuleContext context, String key, Object... arguments) {
        return messages.format(context.locale(), id + "." + key, arguments);
    }
}
