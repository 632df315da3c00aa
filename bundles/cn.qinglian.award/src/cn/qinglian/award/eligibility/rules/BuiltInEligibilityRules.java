package cn.qinglian.award.eligibility.rules;

import java.util.List;

import cn.qinglian.award.eligibility.EligibilityRule;

/** The rules this bundle contributes, in the order the registry sorts them, for use without the platform. */
public final class BuiltInEligibilityRules {

    private BuiltInEligibilityRules() {
    }

    public static List<EligibilityRule> all() {
        return List.of(new InScopeRule(), new MinimumTenureRule(), new NoRepeatWinRule());
    }
}
