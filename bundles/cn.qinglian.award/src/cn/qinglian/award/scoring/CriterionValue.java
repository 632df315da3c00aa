package cn.qinglian.award.scoring;

/** Points (0–100) on one criterion and how they were reached. */
public record CriterionValue(double points, String explanation) {

    public CriterionValue {
        if (!(points >= 0 && points <= 100)) {
            throw new IllegalArgumentException("points must lie between 0 and 100: " + points);
        }
    }
}
