package cn.qinglian.inspection.validation;

import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.core.validation.RuleMessages;
import cn.qinglian.core.validation.TemplatedRule;
import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.model.Organisation;

/**
 * Id, severity and message templates ({@code messages*.properties} of this package) of an inspection
 * rule; a rule runs only when the organisation has inspection data beside it.
 */
abstract class InspectionRule extends TemplatedRule {

    private static final RuleMessages MESSAGES = new RuleMessages(InspectionRule.class,
            "cn.qinglian.inspection.validation.messages");

    InspectionRule(String id, int severity) {
        super(id, severity, MESSAGES);
    }

    @Override
    public final void check(Organisation organisation, RuleContext context) {
        WorkspaceParts.rootOf(organisation, InspectionRoot.class)
                .ifPresent(root -> check(root, context, new InspectionLabels(context.locale())));
    }

    abstract void check(InspectionRoot root, RuleContext context, InspectionLabels labels);
}
