package cn.qinglian.core.tests.validation;

import static cn.qinglian.core.tests.LDistrict.CHIEF;
import static cn.qinglian.core.tests.LDistrict.CLERK;
import static cn.qinglian.core.tests.LDistrict.DEPUTY;
import static cn.qinglian.core.tests.LDistrict.DIRECTOR;
import static cn.qinglian.core.tests.LDistrict.DISCIPLINE;
import static cn.qinglian.core.tests.LDistrict.VICE_HEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.core.validation.rules.NoCycleRule;
import cn.qinglian.model.Cadence;
import cn.qinglian.model.ReportingKind;

class NoCycleRuleTest {

    private final NoCycleRule rule = new NoCycleRule();

    @Test
    void mutualPairsInBothDirectionsAreNoCycle() {
        OrganisationBuilder district = LDistrict.builder().line(ReportingKind.MUTUAL, CHIEF, DEPUTY, Cadence.AD_HOC)
                .line(ReportingKind.MUTUAL, LDistrict.SECRETARY, VICE_HEAD, Cadence.AD_HOC);
        Problems.assertNone(rule, district.build());
    }

    @Test
    void twoLeadersReportingToEachOtherFormACycle() {
        OrganisationBuilder district = LDistrict.builder()
                .line(ReportingKind.LINE, VICE_HEAD, DIRECTOR, Cadence.AD_HOC);
        Problems.assertOne(rule, district.build(), Diagnostic.ERROR, NoCycleRule.CYCLE,
                "报告链形成循环：L区#副区长 -> L区/区市场监管局#局长 -> L区#副区长",
                "Reporting lines run in a cycle: L区#副区长 -> L区/区市场监管局#局长 -> L区#副区长",
                district.post(VICE_HEAD), district.post(DIRECTOR));
    }

    @Test
    void cycleMembersAreReportedInLineOrderFromTheFirstInTheDocument() {
        OrganisationBuilder district = LDistrict.builder()
                .line(ReportingKind.LEVEL, DISCIPLINE, DIRECTOR, Cadence.AD_HOC)
                .line(ReportingKind.INTERNAL, VICE_HEAD, DISCIPLINE, Cadence.AD_HOC);
        Problems.assertOne(rule, district.build(), Diagnostic.ERROR, NoCycleRule.CYCLE,
                "报告链形成循环：L区#副区长 -> L区#区纪委书记 -> L区/区市场监管局#局长 -> L区#副区长",
                "Reporting lines run in a cycle: L区#副区长 -> L区#区纪委书记 -> L区/区市场监管局#局长 -> L区#副区长",
                district.post(VICE_HEAD), district.post(DISCIPLINE), district.post(DIRECTOR));
    }

    @Test
    void eachSeparateCycleIsReportedOnceInDocumentOrder() {
        OrganisationBuilder district = LDistrict.builder()
                .line(ReportingKind.INTERNAL, CLERK, CLERK, Cadence.AD_HOC)
                .line(ReportingKind.LINE, VICE_HEAD, DIRECTOR, Cadence.AD_HOC)
                .line(ReportingKind.LINE, DIRECTOR, VICE_HEAD, Cadence.MONTHLY);
        List<Diagnostic> problems = Problems.of(rule, district.build(), Locale.ENGLISH);
        assertEquals(2, problems.size());
        assertEquals(List.of(district.post(VICE_HEAD), district.post(DIRECTOR)), problems.get(0).getData());
        Problems.assertProblem(problems.get(1), NoCycleRule.ID, Diagnostic.ERROR, NoCycleRule.CYCLE,
                "Reporting lines run in a cycle: " + CLERK + " -> " + CLERK, district.post(CLERK));
    }
}
