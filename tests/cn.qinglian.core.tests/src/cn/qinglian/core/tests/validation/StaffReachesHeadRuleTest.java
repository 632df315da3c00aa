package cn.qinglian.core.tests.validation;

import static cn.qinglian.core.tests.LDistrict.CHIEF;
import static cn.qinglian.core.tests.LDistrict.CLERK;
import static cn.qinglian.core.tests.LDistrict.DEPUTY;
import static cn.qinglian.core.tests.LDistrict.SECTION_CHIEF;
import static cn.qinglian.core.tests.LDistrict.STATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.core.validation.rules.StaffReachesHeadRule;
import cn.qinglian.model.Cadence;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.ReportingKind;

class StaffReachesHeadRuleTest {

    private static final String CLERK_POST = STATION + "#内勤";

    private final StaffReachesHeadRule rule = new StaffReachesHeadRule();

    @Test
    void staffReachTheHeadThroughSectionHeadsAndLeadershipMembers() {
        OrganisationBuilder district = LDistrict.builder().post(CLERK_POST, PostRole.STAFF)
                .line(ReportingKind.INTERNAL, CLERK_POST, STATION, Cadence.MONTHLY);
        Problems.assertNone(rule, district.build());
    }

    @Test
    void staffPostWithoutInternalLinesDoesNotReachTheHead() {
        OrganisationBuilder district = LDistrict.builder().post(CLERK_POST, PostRole.STAFF)
                .line(ReportingKind.LINE, CLERK_POST, CHIEF, Cadence.MONTHLY);
        Problems.assertOne(rule, district.build(), Diagnostic.WARNING, StaffReachesHeadRule.HEAD_NOT_REACHED,
                "岗位“" + CLERK_POST + "”没有通过内部报告链报告到一把手“" + CHIEF + "”",
                "The post " + CLERK_POST + " does not reach the head " + CHIEF + " by internal reporting lines",
                district.post(CLERK_POST), district.post(CHIEF));
    }

    @Test
    void sectionStaffAnswerToTheHeadOfTheStationAbove() {
        OrganisationBuilder district = LDistrict.builder();
        district.build().getReportingLines().remove(district.line(SECTION_CHIEF, DEPUTY));
        List<Diagnostic> problems = Problems.of(rule, district.build(), Locale.ENGLISH);
        assertEquals(List.of(List.of(district.post(SECTION_CHIEF), district.post(CHIEF)),
                List.of(district.post(CLERK), district.post(CHIEF))),
                problems.stream().map(Diagnostic::getData).toList());
    }
}
