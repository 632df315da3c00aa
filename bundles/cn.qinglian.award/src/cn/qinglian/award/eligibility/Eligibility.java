package cn.qinglian.award.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.qinglian.award.AwardMessages;
import cn.qinglian.model.Person;

/** Runs a fixed list of eligibility rules (in their order) over nominees. */
public final class Eligibility {

    private final List<EligibilityRule> rules;

    public Eligibility(List<? extends EligibilityRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<EligibilityRule> rules() {
        return rules;
    }

    /** Every rule that excludes {@code nominee}, in rule order; a rule that throws is reported as excluding, with its error. */
    public NomineeEligibility check(Person nominee, EligibilityContext context) {
        List<Exclusion> exclusions = new ArrayList<>();
        for (EligibilityRule rule : rules) {
            Optional<String> reason;
            try {
                reason = rule.exclusionReason(nominee, context);
            } catch (RuntimeException e) {
                reason = Optional.of(AwardMessages.format(context.locale(), "ruleFailed", rule.id(), e));
            }
            reason.ifPresent(text -> exclusions.add(new Exclusion(rule.id(), rule.name(context.locale()), text)));
        }
        return new NomineeEligibility(nominee, exclusions);
    }
}
