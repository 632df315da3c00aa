package cn.qinglian.inspection.validation;

import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.core.validation.RuleMessages;
import cn.qinglian.core.validation.ValidationRule;
import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.model.Organisation;

/**
 * Id, severity and message templates ({@code messages*.properties} of this package) of an inspection
 * rule; a rule runs only when the organisation has inspection data beside it.
 */
abstract class InspectionRule implements ValidationRule {

    private static final RuleMessages MESSAGES = new RuleMessages(InspectionRule.class,
            "cn.qinglian.inspection.validation.messages");

    private final String id;
    private final int severity;

    InspectionRule(String id, int severity) {
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
        WorkspaceParts.rootOf(organisation, InspectionRoot.class).ifPresent(root -> check(root, context, new InspectionLabels(context.locale())));
    }

    abstract void check(InspectionRoot root, RuleContext context, InspectionLabels labels);

    /** The template {@code <rule id>.<key>} in the context's language. */
    final String message(RuleContext context, String key, Object... arguments) {
        return MESSAGES.format(context.locale(), id + "." + key, arguments);
    }
}
