package cn.qinglian.evaluation.rules;

import java.util.Optional;

import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.core.validation.RuleMessages;
import cn.qinglian.core.validation.ValidationRule;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.model.Organisation;

/**
 * Id, severity and message templates ({@code messages*.properties} of this package) of a rule over the
 * evaluation data; a workspace without that data passes every rule.
 */
abstract class EvaluationRule implements ValidationRule {

    private static final RuleMessages MESSAGES = new RuleMessages(EvaluationRule.class,
            "cn.qinglian.evaluation.rules.messages");

    private final String id;
    private final int severity;

    EvaluationRule(String id, int severity) {
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

    @Override
    public final void check(Organisation organisation, RuleContext context) {
        Optional<Evaluation> evaluation = WorkspaceParts.rootOf(organisation, Evaluation.class);
        evaluation.ifPresent(root -> check(organisation, root, context));
    }

    abstract void check(Organisation organisation, Evaluation evaluation, RuleContext context);

    /** The template {@code <rule id>.<key>} in the context's language. */
    final String message(RuleContext context, String key, Object... arguments) {
        return MESSAGES.format(context.locale(), id + "." + key, arguments);
    }
}
