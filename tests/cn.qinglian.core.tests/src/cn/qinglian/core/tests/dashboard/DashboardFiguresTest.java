package cn.qinglian.core.tests.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.qinglian.core.dashboard.DashboardFigures;
import cn.qinglian.core.dashboard.FigureKind;
import cn.qinglian.core.preferences.ReportingPeriod;
import cn.qinglian.core.query.ReportPeriod;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.model.Cadence;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.UnitKind;

class DashboardFiguresTest {

    private static final String STREET = "街道";
    private static final String STATION = "街道/站所";
    private static final String SECTION = "街道/综合科";
    private static final LocalDate AS_OF = LocalDate.of(2024, 5, 15);

    /*
     * 街道: 书记 (HEAD, 张三 since 2010 — 14 years), 干事 (vacant). 站所: 站员 (李四 since 2020), no head post.
     * 综合科 (section, no head — excepted): 科员 held by 王五 until 2023 (vacant now). 赵六 holds nothing.
     * Lines: 站所 -> 街道 monthly (reports in March, April, May), 综合科 -> 街道 quarterly (none).
     */
    private final OrganisationBuilder district = OrganisationBuilder.organisation("测试区")
            .unit(STREET, UnitKind.STREET).unit(STATION, UnitKind.STATION).unit(SECTION, UnitKind.SECTION)
            .staffed(STREET + "#书记", PostRole.HEAD, "P1", "张三", "2010-01-01")
            .post(STREET + "#干事", PostRole.STAFF)
            .staffed(STATION + "#站员", PostRole.STAFF, "P2", "李四", "2020-01-01")
            .staffed(SECTION + "#科员", PostRole.STAFF, "P3", "王五", "2012-01-01")
            .person("P4", "赵六")
            .line(ReportingKind.LEVEL, STATION, STREET, Cadence.MONTHLY)
            .line(ReportingKind.LEVEL, SECTION, STREET, Cadence.QUARTERLY)
            .report(STATION, STREET, "2024-03-20", "P2", "P1")
            .report(STATION, STREET, "2024-04-10", "P2", "P1")
            .report(STATION, STREET, "2024-05-02", "P2", "P1");

    private DashboardFigures figures(int rotationYears) {
        district.tenure("P3", SECTION + "#科员").setEnd(LocalDate.of(2023, 1, 1));
        ReportPeriod quarter = DashboardFigures.periodContaining(ReportingPeriod.QUARTER, AS_OF);
        return DashboardFigures.compute(district.build(), AS_OF, rotationYears, quarter.first(), quarter.last());
    }

    @Test
    void countsUnitsStaffVacantPostsAndMissingHeadsWithTheirObjects() {
        DashboardFigures figures = figures(10);
        assertEquals(List.of(district.unit(STREET), district.unit(STATION), district.unit(SECTION)),
                figures.get(FigureKind.UNITS).objects());
        assertEquals(List.of(district.person("P1"), district.person("P2")), figures.get(FigureKind.STAFF).objects());
        assertEquals(2, figures.get(FigureKind.STAFF).value());
        assertEquals(List.of(district.post(STREET + "#干事"), district.post(SECTION + "#科员")),
                figures.get(FigureKind.VACANT_POSTS).objects());
        assertEquals(List.of(district.unit(STATION)), figures.get(FigureKind.HEADS_MISSING).objects());
        assertEquals(1, figures.get(FigureKind.HEADS_MISSING).value());
    }

    @Test
    void longServiceFollowsTheRotationThreshold() {
        assertEquals(List.of(district.tenure("P1", STREET + "#书记")), figures(10).get(FigureKind.LONG_IN_POST).objects());
        assertEquals(List.of(district.tenure("P1", STREET + "#书记"), district.tenure("P2", STATION + "#站员")),
                figures(4).get(FigureKind.LONG_IN_POST).objects());
        assertEquals(0, figures(15).get(FigureKind.LONG_IN_POST).value());
    }

    @Test
    void reportsAreCountedAsPeriodsOfTheQuarterContainingTheDate() {
        DashboardFigures figures = figures(10);
        assertEquals(new ReportPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)), figures.period());
        // monthly: April, May, June; quarterly: Q2 — 4 expected; June and Q2 missing
        assertEquals(4, figures.get(FigureKind.REPORTS_EXPECTED).value());
        assertEquals(2, figures.get(FigureKind.REPORTS_MISSING).value());
        assertEquals(2, figures.get(FigureKind.REPORTS_DONE).value());
        assertEquals(List.of(district.build().getReports().get(1), district.build().getReports().get(2)),
                figures.get(FigureKind.REPORTS_DONE).objects());
        assertEquals(List.of(district.line(STATION, STREET), district.line(SECTION, STREET)),
                figures.get(FigureKind.REPORTS_MISSING).objects());
    }

    @Test
    void staffPerUnitCountsTheUnitsBelow() {
        assertEquals(Map.of(district.unit(STREET), 2), figures(10).staffPerUnit(Set.of(UnitKind.STREET)));
        assertEquals(Map.of(district.unit(STATION), 1, district.unit(SECTION), 0),
                figures(10).staffPerUnit(Set.of(UnitKind.STATION, UnitKind.SECTION)));
    }

    @Test
    void theReportingPeriodContainsTheDate() {
        assertEquals(new ReportPeriod(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)),
                DashboardFigures.periodContaining(ReportingPeriod.MONTH, AS_OF));
        assertEquals(new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)),
                DashboardFigures.periodContaining(ReportingPeriod.HALF_YEAR, AS_OF));
        assertEquals(new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                DashboardFigures.periodContaining(ReportingPeriod.YEAR, AS_OF));
    }
}
