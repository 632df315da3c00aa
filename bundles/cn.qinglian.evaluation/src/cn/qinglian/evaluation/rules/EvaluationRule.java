package cn.qinglian.evaluation.rules;

import java.util.Optional;

import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.core.validation.RuleMessages;
import cn.qinglian.core.validation.TemplatedRule;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.model.Organisation;

/**
 * Id, severity and message templates ({@code messages*.properties} of this package) of a rule over the
 * evaluation data; a workspace without that data passes every rule.
 */
abstract class EvaluationRule extends TemplatedRule {

    private static final RuleMessages MESSAGES = new RuleMessages(EvaluationRule.class,
            "cn.qinglian.evaluation.rules.messages");

    EvaluationRule(String id, int severity) {
        super(id, severity, MESSAGES);
    }

    @Override
    public final void check(Organisation organisation, RuleContext context) {
        Optional<Evaluation> evaluation = WorkspaceParts.rootOf(organisation, Evaluation.class);
        evaluation.ifPresent(root -> check(organisation, root, context));
    }

    abstract void check(Organisation organisation, Evaluation evaluation, RuleContext context);
}
