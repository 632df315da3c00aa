package cn.qinglian.evaluation.scoring;

import java.math.BigDecimal;

import cn.qinglian.evaluation.model.Criterion;

/**
 * The score of one criterion for one entry.
 *
 * @param criterion the criterion
 * @param value the score on the criterion's scale, clamped to it; {@code null} when missing
 * @param rate the share of the scale reached, {@code (value − min) / (max − min)} in [0, 1], 0 when missing
 * @param computed whether a contributed computed criterion gave the value
 */
public record CriterionScore(Criterion criterion, Double value, BigDecimal rate, boolean computed) {

    public boolean missing() {
        return value == null;
    }
}
