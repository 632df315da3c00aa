package cn.qinglian.core.validation.rules;

import java.util.List;

import cn.qinglian.core.validation.ValidationRule;

/** The rules cn.qinglian.core contributes, for use without the extension registry. */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    /** New instances of every built-in rule. */
    public static List<ValidationRule> all() {
        return List.of(new RequiredValuesRule(), new SingleHeadRule(), new NoCycleRule(), new MutualPairRule(),
                new StaffReachesHeadRule(), new TenureDatesRule(), new StationSupervisionRule(),
                new ReportMatchesLineRule());
    }
}
