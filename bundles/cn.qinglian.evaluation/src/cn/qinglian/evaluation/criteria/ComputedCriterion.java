package cn.qinglian.evaluation.criteria;

/**
 * A criterion whose value a plug-in computes from the workspace instead of an assessor entering it,
 * contributed through the extension point {@code cn.qinglian.evaluation.criteria} (e.g. the inspection
 * module's "open findings in the period"). A {@link cn.qinglian.evaluation.model.Criterion} names the
 * contribution by id in {@code computedBy}.
 * <p>
 * The measure is a plain quantity (a count, a rate); the criterion turns it into a score on its scale:
 * {@code maxScore − deductionPerUnit × measure} when {@code deductionPerUnit > 0}, otherwise the measure
 * itself, in both cases clamped to {@code [minScore, maxScore]}. Implementations must not change the
 * model and need a public no-argument constructor.
 */
public interface ComputedCriterion {

    /**
     * The measure for the entry's subject (unit or person) over the assessment's period.
     *
     * @return the measure, or {@code NaN} when it cannot be computed for this subject (the score then
     *         counts as missing)
     */
    double measure(CriterionContext context);
}
