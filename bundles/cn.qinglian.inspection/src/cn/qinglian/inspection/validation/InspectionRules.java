package cn.qinglian.inspection.validation;

import java.util.List;

import cn.qinglian.core.validation.ValidationRule;

/** The module's validation rules, for plain-Java use (inside the platform they are contributed in plugin.xml). */
public final class InspectionRules {

    private InspectionRules() {
    }

    public static List<ValidationRule> all() {
        return List.of(new RectificationOwnerRule(), new RectificationOverdueRule(), new CaseSecondInvestigationRule(),
                new ComplaintDeadlineRule(), new UnfiledInspectionRule());
    }
}
