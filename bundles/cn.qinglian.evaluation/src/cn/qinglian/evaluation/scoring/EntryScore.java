package cn.qinglian.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

import cn.qinglian.evaluation.model.AssessmentEntry;

/**
 * The scores of one assessment entry: per criterion, and the weighted total on a 0–100 scale.
 *
 * @param entry the entry scored
 * @param total {@code 100 × Σ weightᵢ × rateᵢ / Σ weightᵢ}, rounded half-up to two decimals (0 without criteria)
 * @param criteria the criterion scores in the order of the criteria set
 */
public record EntryScore(AssessmentEntry entry, BigDecimal total, List<CriterionScore> criteria) {

    public EntryScore {
        criteria = List.copyOf(criteria);
    }

    /** Whether every criterion has a score (a missing one counts as the scale's minimum). */
    public boolean complete() {
        return criteria.stream().noneMatch(CriterionScore::missing);
    }
}
