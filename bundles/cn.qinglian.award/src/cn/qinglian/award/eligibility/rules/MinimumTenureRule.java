package cn.qinglian.award.eligibility.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import cn.qinglian.award.AwardMessages;
import cn.qinglian.award.eligibility.EligibilityContext;
import cn.qinglian.award.eligibility.EligibilityRule;
import cn.qinglian.model.Person;
import cn.qinglian.model.Tenure;

/**
 * {@code award.minimum-tenure}: the nominee's longest current tenure in the election's unit started at
 * least {@code AwardType.minimumTenureMonths} whole months before the last day of the period. A nominee
 * without a current post there is left to {@code award.in-scope}.
 */
public final class MinimumTenureRule implements EligibilityRule {

    public static final String ID = "award.minimum-tenure";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return AwardMessages.format(locale, "rule.minimumTenure");
    }

    @Override
    public Optional<String> exclusionReason(Person nominee, EligibilityContext context) {
        LocalDate asOf = context.asOf();
        Optional<Tenure> longest = ScopeTenures.current(nominee, context.election().getScope(), asOf).stream()
                .min(Comparator.comparing(Tenure::getStart));
        if (longest.isEmpty()) {
            return Optional.empty();
        }
        int required = context.awardType().getMinimumTenureMonths();
        long months = ChronoUnit.MONTHS.between(longest.get().getStart(), asOf);
        if (months >= required) {
            return Optional.empty();
        }
        return Optional.of(AwardMessages.format(context.locale(), "rule.minimumTenure.reason",
                longest.get().getPost().getName(), longest.get().getStart().toString(), asOf.toString(), months, required));
    }
}
