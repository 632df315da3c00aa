package cn.qinglian.core.preferences;

/** The period the team counts reports and findings in (统计周期). */
public enum ReportingPeriod {
    MONTH(1),
    QUARTER(3),
    HALF_YEAR(6),
    YEAR(12);

    private final int months;

    ReportingPeriod(int months) {
        this.months = months;
    }

    /** The length of the period in months. */
    public int months() {
        return months;
    }
}
