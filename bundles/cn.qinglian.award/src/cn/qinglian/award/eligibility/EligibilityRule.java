package cn.qinglian.award.eligibility;

import java.util.Locale;
import java.util.Optional;

import cn.qinglian.model.Person;

/**
 * A rule deciding whether a nominee may stand in an election, contributed to the extension point
 * {@code cn.qinglian.award.eligibilityRules}. A nominee excluded by any rule is shown with every rule
 * that excludes them and why, and is not ranked. A rule must not change the model and must tolerate
 * missing values (a person without tenures, an election without dates).
 */
public interface EligibilityRule {

    /** The rule's id, a dotted area and lower-case words joined by '-', e.g. {@code award.minimum-tenure}. */
    String id();

    /** What the rule requires, in a few words, in {@code locale}. */
    String name(Locale locale);

    /**
     * Why {@code nominee} may not stand in {@code context.election()}, in {@code context.locale()}
     * (a sentence a committee member understands, naming the facts: dates, periods, record numbers);
     * empty when this rule lets the nominee stand.
     */
    Optional<String> exclusionReason(Person nominee, EligibilityContext context);
}
