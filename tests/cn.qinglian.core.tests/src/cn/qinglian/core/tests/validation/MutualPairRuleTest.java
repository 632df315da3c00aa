package cn.qinglian.core.tests.validation;

import static cn.qinglian.core.tests.LDistrict.CHIEF;
import static cn.qinglian.core.tests.LDistrict.DIRECTOR;
import static cn.qinglian.core.tests.LDistrict.SECTION_CHIEF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.core.validation.rules.MutualPairRule;
import cn.qinglian.model.Cadence;
import cn.qinglian.model.ReportingKind;

class MutualPairRuleTest {

    private final MutualPairRule rule = new MutualPairRule();

    @Test
    void headAndLeadershipMemberOfOneUnitInEitherDirection() {
        OrganisationBuilder district = LDistrict.builder()
                .line(ReportingKind.MUTUAL, CHIEF, LDistrict.DEPUTY, Cadence.AD_HOC);
        Problems.assertNone(rule, district.build());
    }

    @Test
    void sectionHeadAndHeadAreNoMutualPair() {
        OrganisationBuilder district = LDistrict.builder()
                .line(ReportingKind.MUTUAL, SECTION_CHIEF, CHIEF, Cadence.AD_HOC);
        String line = "line:" + SECTION_CHIEF + " -> " + CHIEF;
        Problems.assertOne(rule, district.build(), Diagnostic.ERROR, MutualPairRule.NOT_HEAD_AND_MEMBER,
                line + "：相互报告只能在同一单位的一把手与班子成员之间",
                line + ": a mutual line must join the head and a leadership member of the same unit",
                district.line(SECTION_CHIEF, CHIEF), district.post(SECTION_CHIEF), district.post(CHIEF));
    }

    @Test
    void headsOfTwoUnitsAreNoMutualPair() {
        OrganisationBuilder district = LDistrict.builder().line(ReportingKind.MUTUAL, DIRECTOR, CHIEF, Cadence.AD_HOC)
                .line(ReportingKind.MUTUAL, LDistrict.VICE_HEAD, LDistrict.DEPUTY, Cadence.AD_HOC);
        List<Diagnostic> problems = Problems.of(rule, district.build(), Locale.ENGLISH);
        assertEquals(List.of(district.line(DIRECTOR, CHIEF), district.line(LDistrict.VICE_HEAD, LDistrict.DEPUTY)),
                problems.stream().map(p -> p.getData().get(0)).toList());
    }
}
