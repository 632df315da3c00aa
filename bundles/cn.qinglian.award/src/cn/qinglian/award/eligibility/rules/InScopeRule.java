package cn.qinglian.award.eligibility.rules;

import java.util.Locale;
import java.util.Optional;

import cn.qinglian.award.AwardMessages;
import cn.qinglian.award.eligibility.EligibilityContext;
import cn.qinglian.award.eligibility.EligibilityRule;
import cn.qinglian.model.Person;

/** {@code award.in-scope}: the nominee holds a post in the election's unit (or below it) on the last day of the period. */
public final class InScopeRule implements EligibilityRule {

    public static final String ID = "award.in-scope";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return AwardMessages.format(locale, "rule.inScope");
    }

    @Override
    public Optional<String> exclusionReason(Person nominee, EligibilityContext context) {
        if (!ScopeTenures.current(nominee, context.election().getScope(), context.asOf()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(AwardMessages.format(context.locale(), "rule.inScope.reason", context.asOf(),
                context.election().getScope().getName()));
    }
}
