package cn.qinglian.core.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

import cn.qinglian.model.Cadence;
import cn.qinglian.model.Report;
import cn.qinglian.model.ReportingLine;

/**
 * Who has not reported: for every reporting line with a regular cadence, the calendar periods in a
 * date range without any report on that line.
 * <p>
 * Periods are calendar months, quarters (January, April, July, October), half years (January, July)
 * or years. Only periods lying wholly inside {@code [from, to]} are expected, so a period still running
 * on {@code to} is not yet late. A report on the line dated anywhere in a period satisfies it (for a
 * MUTUAL line, a report in either direction). AD_HOC lines and lines without a cadence expect nothing.
 */
public final class ReportCompleteness {

    private final OrganisationIndex index;

    public ReportCompleteness(OrganisationIndex index) {
        this.index = index;
    }

    /** The lines missing reports in {@code [from, to]}, in document order of the lines. */
    public List<ReportGap> missingReports(LocalDate from, LocalDate to) {
        List<ReportGap> gaps = new ArrayList<>();
        for (ReportingLine line : index.organisation().getReportingLines()) {
            List<ReportPeriod> expected = expectedPeriods(line.getCadence(), from, to);
            if (expected.isEmpty()) {
                continue;
            }
            NavigableSet<LocalDate> dates = new TreeSet<>();
            for (Report report : index.reportsOn(line)) {
                if (report.getDate() != null) {
                    dates.add(report.getDate());
                }
            }
            List<ReportPeriod> missing = new ArrayList<>();
            for (ReportPeriod period : expected) {
                LocalDate firstReport = dates.ceiling(period.first());
                if (firstReport == null || firstReport.isAfter(period.last())) {
                    missing.add(period);
                }
            }
            if (!missing.isEmpty()) {
                gaps.add(new ReportGap(line, expected.size(), missing));
            }
        }
        return gaps;
    }

    /** The calendar periods of {@code cadence} lying wholly inside {@code [from, to]}. */
    public static List<ReportPeriod> expectedPeriods(Cadence cadence, LocalDate from, LocalDate to) {
        int months = months(cadence);
        List<ReportPeriod> periods = new ArrayList<>();
        if (months == 0) {
            return periods;
        }
        int monthIndex = (from.getMonthValue() - 1) / months * months;
        LocalDate start = LocalDate.of(from.getYear(), monthIndex + 1, 1);
        if (start.isBefore(from)) {
            start = start.plusMonths(months);
        }
        LocalDate next = start.plusMonths(months);
        while (!next.minusDays(1).isAfter(to)) {
            periods.add(new ReportPeriod(start, next.minusDays(1)));
            start = next;
            next = start.plusMonths(months);
        }
        return periods;
    }

    private static int months(Cadence cadence) {
        if (cadence == null) {
            return 0;
        }
        return switch (cadence) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case HALF_YEARLY -> 6;
            case YEARLY -> 12;
            case AD_HOC -> 0;
        };
    }
}
