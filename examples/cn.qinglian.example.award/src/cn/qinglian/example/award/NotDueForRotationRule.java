package cn.qinglian.example.award;

import java.util.Locale;
import java.util.Optional;

import cn.qinglian.award.eligibility.EligibilityContext;
import cn.qinglian.award.eligibility.EligibilityRule;
import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.core.validation.RuleMessages;
import cn.qinglian.example.StationHeadRotationRule;
import cn.qinglian.example.StationHeads;
import cn.qinglian.example.StationHeads.StationHead;
import cn.qinglian.model.Person;

/**
 * {@code example.not-due-for-rotation}: a station head who is due for rotation (交流轮岗, see
 * {@link StationHeadRotationRule}) on the last day of the election's period may not stand for the award
 * until the rotation is done.
 */
public class NotDueForRotationRule implements EligibilityRule {

    private static final RuleMessages MESSAGES = new RuleMessages(NotDueForRotationRule.class,
            "cn.qinglian.example.award.messages");

    @Override
    public String id() {
        return "example.not-due-for-rotation";
    }

    @Override
    public String name(Locale locale) {
        return MESSAGES.format(locale, "name", StationHeadRotationRule.YEARS);
    }

    @Override
    public Optional<String> exclusionReason(Person nominee, EligibilityContext context) {
        if (context.asOf() == null) {
            return Optional.empty();
        }
        return StationHeads.of(OrganisationIndex.of(context.organisation()).units(), context.asOf()).stream()
                .filter(head -> head.head().getPerson() == nominee && head.years() >= StationHeadRotationRule.YEARS)
                .findFirst()
                .map((StationHead head) -> MESSAGES.format(context.locale(), "due", head.station(), head.since(),
                        head.years()));
    }
}
