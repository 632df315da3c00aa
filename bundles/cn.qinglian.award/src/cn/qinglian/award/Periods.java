package cn.qinglian.award;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import cn.qinglian.award.model.AwardCadence;

/**
 * Award periods: a month ({@code 2026-10}), a quarter ({@code 2026-Q4}) or a year ({@code 2026}).
 * Stateless.
 */
public final class Periods {

    private Periods() {
    }

    /** The first day of the period of {@code cadence} that contains {@code date}. */
    public static LocalDate startOf(AwardCadence cadence, LocalDate date) {
        return switch (cadence) {
            case MONTHLY -> date.withDayOfMonth(1);
            case QUARTERLY -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEARLY -> date.withDayOfYear(1);
        };
    }

    /** The last day of the period of {@code cadence} that contains {@code date}. */
    public static LocalDate endOf(AwardCadence cadence, LocalDate date) {
        LocalDate start = startOf(cadence, date);
        return switch (cadence) {
            case MONTHLY -> start.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTERLY -> start.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth());
            case YEARLY -> start.with(TemporalAdjusters.lastDayOfYear());
        };
    }

    /** The first day of the period {@code count} periods before the one starting on {@code start}. */
    public static LocalDate minus(AwardCadence cadence, LocalDate start, int count) {
        return switch (cadence) {
            case MONTHLY -> start.minusMonths(count);
            case QUARTERLY -> start.minusMonths(3L * count);
            case YEARLY -> start.minusYears(count);
        };
    }

    /** The period as people write it, in {@code locale}: 2026年10月, 2026年第4季度, 2026年度. */
    public static String title(AwardCadence cadence, LocalDate date, java.util.Locale locale) {
        int part = cadence == AwardCadence.QUARTERLY ? (date.getMonthValue() - 1) / 3 + 1 : date.getMonthValue();
        return AwardMessages.format(locale, "period." + cadence.getLiteral(), String.valueOf(date.getYear()), part);
    }

    /** The period's label: {@code 2026-10}, {@code 2026-Q4} or {@code 2026}. */
    public static String label(AwardCadence cadence, LocalDate date) {
        return switch (cadence) {
            case MONTHLY -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            case QUARTERLY -> date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
            case YEARLY -> String.valueOf(date.getYear());
        };
    }
}
