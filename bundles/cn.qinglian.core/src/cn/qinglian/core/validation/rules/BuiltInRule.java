package cn.qinglian.core.validation.rules;

import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.core.validation.RuleMessages;
import cn.qinglian.core.validation.ValidationRule;

/** Id, severity and message templates ({@code messages*.properties} of this package) of a built-in rule. */
abstract class BuiltInRule implements ValidationRule {

    private static final RuleMessages MESSAGES = new RuleMessages(BuiltInRule.class,
            "cn.qinglian.core.validation.rules.messages");

    private final String id;
    private final int severity;

    BuiltInRule(String id, int severity) {
        this.id = id;
        this.severity = severity;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final int defaultSeverity() {
        return severity;
    }

    /** The template {@code <rule id>.<key>} in the context's language. */
    final String message(RuleContext context, String key, Object... arguments) {
        return MESSAGES.format(context.locale(), id + "." + key, arguments);
    }
}
