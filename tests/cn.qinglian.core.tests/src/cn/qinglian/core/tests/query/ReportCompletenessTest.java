package cn.qinglian.core.tests.query;

import static cn.qinglian.core.tests.LDistrict.CLERK;
import static cn.qinglian.core.tests.LDistrict.SECTION_CHIEF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.core.query.ReportCompleteness;
import cn.qinglian.core.query.ReportGap;
import cn.qinglian.core.query.ReportPeriod;
import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.model.Cadence;

class ReportCompletenessTest {

    private static List<String> periods(Cadence cadence, String from, String to) {
        return ReportCompleteness.expectedPeriods(cadence, LocalDate.parse(from), LocalDate.parse(to)).stream()
                .map(ReportPeriod::toString).toList();
    }

    private static List<ReportGap> gaps(OrganisationBuilder builder, String from, String to) {
        return new ReportCompleteness(OrganisationIndex.of(builder.build())).missingReports(LocalDate.parse(from),
                LocalDate.parse(to));
    }

    @Test
    void theMonthWithoutAReportIsMissing() {
        OrganisationBuilder district = LDistrict.builder();
        List<ReportGap> gaps = gaps(district, "2024-01-01", "2024-04-30");
        assertEquals(1, gaps.size(), gaps.toString());
        ReportGap gap = gaps.get(0);
        assertEquals(district.line(CLERK, SECTION_CHIEF), gap.line());
        assertEquals(4, gap.expected());
        assertEquals(List.of("2024-03-01..2024-03-31"), gap.missing().stream().map(ReportPeriod::toString).toList());
        assertEquals(CLERK, ObjectPaths.path(gap.reporter()));
    }

    @Test
    void everyLineWithACadenceIsCheckedAndAReportInEitherDirectionSatisfiesAMutualLine() {
        OrganisationBuilder district = LDistrict.builder();
        List<String> late = gaps(district, "2023-01-01", "2024-06-30").stream()
                .map(gap -> ObjectPaths.path(gap.line()) + " " + gap.missing().size() + "/" + gap.expected()).toList();
        assertEquals(List.of("line:" + CLERK + " -> " + SECTION_CHIEF + " 15/18",
                "line:" + SECTION_CHIEF + " -> " + LDistrict.DEPUTY + " 5/6",
                "line:" + LDistrict.DEPUTY + " -> " + LDistrict.CHIEF + " 5/6",
                "line:" + LDistrict.CHIEF + " -> " + LDistrict.VICE_HEAD + " 3/3",
                "line:" + LDistrict.STATION + " -> " + LDistrict.DISCIPLINE + " 1/1"), late);
    }

    @Test
    void onlyWholePeriodsInsideTheRangeAreExpected() {
        assertEquals(List.of("2024-02-01..2024-02-29", "2024-03-01..2024-03-31"),
                periods(Cadence.MONTHLY, "2024-01-15", "2024-04-29"));
        assertEquals(List.of("2024-04-01..2024-06-30", "2024-07-01..2024-09-30"),
                periods(Cadence.QUARTERLY, "2024-02-01", "2024-12-30"));
        assertEquals(List.of("2023-07-01..2023-12-31", "2024-01-01..2024-06-30"),
                periods(Cadence.HALF_YEARLY, "2023-07-01", "2024-06-30"));
        assertEquals(List.of("2023-01-01..2023-12-31"), periods(Cadence.YEARLY, "2022-03-01", "2024-06-30"));
        assertEquals(List.of(), periods(Cadence.YEARLY, "2024-01-01", "2024-12-30"));
        assertEquals(List.of(), periods(Cadence.AD_HOC, "2000-01-01", "2024-12-31"));
    }

    @Test
    void noGapsWhenEveryPeriodHasAReport() {
        OrganisationBuilder district = LDistrict.builder().report(CLERK, SECTION_CHIEF, "2024-03-31", "P008", "P007");
        assertEquals(List.of(), gaps(district, "2024-01-01", "2024-04-30"));
    }
}
