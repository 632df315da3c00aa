package cn.qinglian.core.tests.validation;

import static cn.qinglian.core.tests.LDistrict.CLERK;
import static cn.qinglian.core.tests.LDistrict.DIRECTOR;
import static cn.qinglian.core.tests.LDistrict.STREET_HEAD;

import java.time.LocalDate;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.core.validation.rules.TenureDatesRule;

class TenureDatesRuleTest {

    private final TenureDatesRule rule = new TenureDatesRule();

    @Test
    void handingOverOnTheSameDayIsNoOverlap() {
        OrganisationBuilder district = LDistrict.builder().tenure("P004", STREET_HEAD, "2020-01-01", "2021-01-01");
        district.tenure("P004", DIRECTOR).setEnd(LocalDate.of(2020, 1, 1));
        Problems.assertNone(rule, district.build());
    }

    @Test
    void tenureEndingBeforeItStarts() {
        OrganisationBuilder district = LDistrict.builder();
        district.tenure("P008", CLERK).setEnd(LocalDate.of(2019, 1, 1));
        String tenure = "tenure:P008 @ " + CLERK + " 2020-07-01..2019-01-01";
        Problems.assertOne(rule, district.build(), Diagnostic.ERROR, TenureDatesRule.END_BEFORE_START,
                tenure + "：任职结束日期（2019-01-01）早于开始日期（2020-07-01）",
                tenure + ": the tenure ends (2019-01-01) before it starts (2020-07-01)",
                district.tenure("P008", CLERK), district.person("P008"), district.post(CLERK));
    }

    @Test
    void oneHeadOfTwoUnitsAtOnce() {
        OrganisationBuilder district = LDistrict.builder().tenure("P004", STREET_HEAD, "2020-01-01", "2022-01-01");
        String earlier = "tenure:P004 @ " + DIRECTOR + " 2016-01-01..";
        String later = "tenure:P004 @ " + STREET_HEAD + " 2020-01-01..2022-01-01";
        Problems.assertOne(rule, district.build(), Diagnostic.ERROR, TenureDatesRule.OVERLAPPING_HEADS,
                "person:P004 钱局长 在重叠的时间内担任两个一把手岗位：" + earlier + " 和 " + later,
                "person:P004 钱局长 holds two head posts at overlapping times: " + earlier + " and " + later,
                district.person("P004"), district.tenure("P004", DIRECTOR), district.tenure("P004", STREET_HEAD));
    }
}
