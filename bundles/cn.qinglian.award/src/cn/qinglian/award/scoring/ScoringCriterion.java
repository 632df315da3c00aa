package cn.qinglian.award.scoring;

import java.util.Locale;

import cn.qinglian.model.Person;

/**
 * A scoring criterion, contributed to the extension point {@code cn.qinglian.award.scoringCriteria}
 * and weighted per award type ({@code AwardType.criteria}). A nominee's total is
 * Σ weight × points ÷ Σ weight over the weighted criteria that {@link #applies apply} to the election,
 * so a criterion whose module is not installed, or that has no data for the election, drops out and
 * the others keep their proportions.
 */
public interface ScoringCriterion {

    /** The criterion's id, e.g. {@code award.peer-votes}; award types name it in their weights. */
    String id();

    /** What the criterion measures, in a few words, in {@code locale}. */
    String name(Locale locale);

    /** Whether the criterion has data for this election (if not, its weight is left out for every nominee). */
    default boolean applies(ScoringContext context) {
        return true;
    }

    /** The nominee's points on this criterion, from 0 to 100, and how they were reached in {@code context.locale()}. */
    CriterionValue value(Person nominee, ScoringContext context);
}
