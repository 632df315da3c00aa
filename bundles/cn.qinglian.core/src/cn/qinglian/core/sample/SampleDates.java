package cn.qinglian.core.sample;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** The calendar of the sample: data as of the end of 2019, reports in 2018 and 2019. */
final class SampleDates {

    /** The day the sample describes; tenures without an end are current on this day. */
    static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);
    /** First day of the reporting period; every post that is reported on has a holder from here on. */
    static final LocalDate REPORTING_START = LocalDate.of(2018, 1, 1);
    static final int FIRST_REPORT_YEAR = 2018;
    static final int LAST_REPORT_YEAR = 2019;

    private SampleDates() {
    }

    /** A day between {@code from} and {@code to}, both included. */
    static LocalDate between(SplittableRandom random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        if (days <= 0) {
            return from;
        }
        return LocalDate.ofEpochDay(from.toEpochDay() + random.nextLong(days + 1));
    }

    /** A day about {@code years} years before {@code day} (fractions allowed). */
    static LocalDate yearsBefore(LocalDate day, double years) {
        return day.minusDays(Math.round(years * 365.25));
    }

    /** The first day of a month, as tenures in Chinese appointment records usually start. */
    static LocalDate firstOfMonth(LocalDate day) {
        return day.withDayOfMonth(1);
    }
}
