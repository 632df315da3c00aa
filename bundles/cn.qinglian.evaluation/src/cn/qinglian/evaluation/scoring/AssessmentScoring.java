package cn.qinglian.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.qinglian.evaluation.criteria.ComputedCriteria;
import cn.qinglian.evaluation.criteria.ComputedCriterion;
import cn.qinglian.evaluation.criteria.CriterionContext;
import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.AssessmentEntry;
import cn.qinglian.evaluation.model.Criterion;
import cn.qinglian.evaluation.model.Score;
import cn.qinglian.model.Organisation;

/**
 * Scores the entries of an assessment against its criteria set.
 * <ul>
 * <li>An entered criterion takes the entry's {@link Score} for it (the first one when there are several);
 * a computed one asks the contributed {@link ComputedCriterion} and converts the measure as its
 * Javadoc says.</li>
 * <li>A value is clamped to the criterion's scale {@code [min, max]}; its rate is
 * {@code (value − min) / (max − min)} (a scale of zero width gives rate 1).</li>
 * <li>The total is {@code 100 × Σ weightᵢ × rateᵢ / Σ weightᵢ} over criteria of positive weight,
 * computed in decimal and rounded half-up to two decimals; a missing score counts as rate 0.</li>
 * </ul>
 */
public final class AssessmentScoring {

    private static final int RATE_SCALE = 10;

    private final Organisation organisation;
    private final ComputedCriteria computed;

    public AssessmentScoring(Organisation organisation, ComputedCriteria computed) {
        this.organisation = organisation;
        this.computed = computed;
    }

    /** The scores of every entry of {@code assessment}, in the entries' order. */
    public List<EntryScore> scoreAll(Assessment assessment) {
        List<EntryScore> scores = new ArrayList<>(assessment.getEntries().size());
        for (AssessmentEntry entry : assessment.getEntries()) {
            scores.add(score(assessment, entry));
        }
        return scores;
    }

    public EntryScore score(Assessment assessment, AssessmentEntry entry) {
        List<CriterionScore> criteria = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        if (assessment.getCriteriaSet() != null) {
            for (Criterion criterion : assessment.getCriteriaSet().getCriteria()) {
                CriterionScore score = score(assessment, entry, criterion);
                criteria.add(score);
                if (criterion.getWeight() > 0) {
                    BigDecimal weight = BigDecimal.valueOf(criterion.getWeight());
                    weights = weights.add(weight);
                    weighted = weighted.add(weight.multiply(score.rate()));
                }
            }
        }
        BigDecimal total = weights.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : weighted.multiply(BigDecimal.valueOf(100)).divide(weights, 2, RoundingMode.HALF_UP);
        return new EntryScore(entry, total, criteria);
    }

    private CriterionScore score(Assessment assessment, AssessmentEntry entry, Criterion criterion) {
        boolean isComputed = criterion.getComputedBy() != null && !criterion.getComputedBy().isBlank();
        Double value = isComputed ? computedValue(assessment, entry, criterion) : enteredValue(entry, criterion);
        if (value == null) {
            return new CriterionScore(criterion, null, BigDecimal.ZERO, isComputed);
        }
        double min = criterion.getMinScore();
        double max = Math.max(min, criterion.getMaxScore());
        double clamped = Math.max(min, Math.min(max, value));
        BigDecimal rate = max == min ? BigDecimal.ONE
                : BigDecimal.valueOf(clamped - min).divide(BigDecimal.valueOf(max - min), RATE_SCALE,
                        RoundingMode.HALF_UP);
        return new CriterionScore(criterion, clamped, rate, isComputed);
    }

    private static Double enteredValue(AssessmentEntry entry, Criterion criterion) {
        for (Score score : entry.getScores()) {
            if (score.getCriterion() == criterion) {
                return score.getValue();
            }
        }
        return null;
    }

    private Double computedValue(Assessment assessment, AssessmentEntry entry, Criterion criterion) {
        Optional<ComputedCriterion> contribution = computed.find(criterion.getComputedBy());
        if (contribution.isEmpty()) {
            return null;
        }
        double measure = contribution.get().measure(new CriterionContext(organisation, assessment, entry));
        if (Double.isNaN(measure)) {
            return null;
        }
        return criterion.getDeductionPerUnit() > 0 ? criterion.getMaxScore() - criterion.getDeductionPerUnit() * measure
                : measure;
    }

    /** The score of {@code entry} for {@code criterion} as entered, if any (for editors). */
    public static Optional<Score> enteredScore(AssessmentEntry entry, Criterion criterion) {
        return entry.getScores().stream().filter(s -> s.getCriterion() == criterion).findFirst();
    }
}
