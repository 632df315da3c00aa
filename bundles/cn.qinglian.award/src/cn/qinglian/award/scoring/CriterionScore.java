package cn.qinglian.award.scoring;

/**
 * One line of a score's breakdown: the criterion, its weight, the points (0–100), the share of the
 * total it contributes (weight × points ÷ Σ weights) and how the points were reached.
 */
public record CriterionScore(String criterionId, String criterionName, double weight, double points,
        double contribution, String explanation) {
}
