package cn.qinglian.core.validation;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.model.Organisation;

/**
 * A consistency rule over a whole organisation, contributed through the extension point
 * {@code cn.qinglian.core.validationRules} or handed to {@link WorkspaceValidator} directly.
 * <p>
 * A rule looks at the organisation through {@link RuleContext#index()} (built once per validation
 * run: never scan the whole model per object) and reports each problem once with
 * {@link RuleContext#report}. It must not change the model, and it must tolerate missing values
 * (the rule {@code model.required} reports those). Implementations need a public no-argument
 * constructor when contributed.
 */
public interface ValidationRule {

    /**
     * The rule's id: lower-case words joined by '-' after a dotted area, e.g. {@code unit.single-head};
     * it is the {@link Diagnostic#getSource() source} of every diagnostic the rule reports.
     */
    String id();

    /**
     * The severity of what the rule finds: {@link Diagnostic#ERROR}, {@link Diagnostic#WARNING} or
     * {@link Diagnostic#INFO}. A contribution may override it.
     */
    int defaultSeverity();

    /** Checks {@code organisation} and reports every problem through {@code context}. */
    void check(Organisation organisation, RuleContext context);
}
