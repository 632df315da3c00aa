package cn.qinglian.core.query;

import java.time.LocalDate;
import java.time.Period;

/**
 * How long a person has been in a post or unit as of a date.
 *
 * @param since the first day of the unbroken stint running on the date, or {@code null} when the
 *        person is not there on that date
 * @param currentDays the days of that stint up to the date (0 when not there)
 * @param totalDays the days spent there up to the date over all stints
 */
public record TenureLength(LocalDate since, long currentDays, long totalDays) {

    /** Not there at all. */
    public static final TenureLength NONE = new TenureLength(null, 0, 0);

    /** Whether the person is there on the date asked about. */
    public boolean isCurrent() {
        return since != null;
    }

    /** The unbroken stint as years, months and days up to {@code asOf}; zero when not there. */
    public Period currentPeriod(LocalDate asOf) {
        return since == null ? Period.ZERO : Period.between(since, asOf);
    }

    /**
     * Whether the unbroken stint has lasted at least {@code years} full years on {@code asOf} (e.g. the
     * rotation alert at 10 years, 交流轮岗).
     */
    public boolean atLeastYears(int years, LocalDate asOf) {
        return since != null && !since.plusYears(years).isAfter(asOf);
    }
}
