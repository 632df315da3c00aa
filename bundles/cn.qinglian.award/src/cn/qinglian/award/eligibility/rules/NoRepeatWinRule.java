package cn.qinglian.award.eligibility.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import cn.qinglian.award.AwardMessages;
import cn.qinglian.award.Periods;
import cn.qinglian.award.eligibility.EligibilityContext;
import cn.qinglian.award.eligibility.EligibilityRule;
import cn.qinglian.award.model.AwardType;
import cn.qinglian.award.model.Election;
import cn.qinglian.model.Person;

/**
 * {@code award.no-repeat}: the nominee has not won the same award type (in any unit) in the
 * {@code AwardType.noRepeatPeriods} periods before the election's period.
 */
public final class NoRepeatWinRule implements EligibilityRule {

    public static final String ID = "award.no-repeat";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return AwardMessages.format(locale, "rule.noRepeat");
    }

    @Override
    public Optional<String> exclusionReason(Person nominee, EligibilityContext context) {
        Election election = context.election();
        AwardType type = election.getAwardType();
        int periods = type.getNoRepeatPeriods();
        if (periods <= 0 || election.getPeriodStart() == null) {
            return Optional.empty();
        }
        LocalDate from = Periods.minus(type.getCadence(), election.getPeriodStart(), periods);
        for (Election earlier : context.book().getElections()) {
            if (earlier != election && earlier.getAwardType() == type && earlier.getDecision() != null
                    && earlier.getPeriodStart() != null && !earlier.getPeriodStart().isBefore(from)
                    && earlier.getPeriodStart().isBefore(election.getPeriodStart())
                    && earlier.getDecision().getWinners().contains(nominee)) {
                return Optional.of(AwardMessages.format(context.locale(), "rule.noRepeat.reason", earlier.getPeriod(),
                        earlier.getScope().getName(), type.getName(), periods));
            }
        }
        return Optional.empty();
    }
}
