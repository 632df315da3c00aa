package cn.qinglian.core.tests.validation;

import static cn.qinglian.core.tests.LDistrict.STREET;
import static cn.qinglian.core.tests.LDistrict.STREET_HEAD;

import java.time.LocalDate;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.core.validation.rules.SingleHeadRule;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.UnitKind;

class SingleHeadRuleTest {

    private final SingleHeadRule rule = new SingleHeadRule();

    @Test
    void everyUnitWithPostsHasOneHeadSectionsAndEmptyUnitsAside() {
        Problems.assertNone(rule, LDistrict.builder().unit("L区/西街道", UnitKind.STREET).build());
    }

    @Test
    void unitWhoseHeadLeftHasNone() {
        OrganisationBuilder district = LDistrict.builder();
        district.tenure("P010", STREET_HEAD).setEnd(LocalDate.of(2024, 1, 1));
        Problems.assertOne(rule, district.build(), Diagnostic.ERROR, SingleHeadRule.NO_HEAD,
                "单位“L区/东街道”在 2024-06-30 没有现任一把手",
                "The unit L区/东街道 has no current head on 2024-06-30",
                district.unit(STREET));
    }

    @Test
    void twoHeadsAtOnceAreSeveral() {
        OrganisationBuilder district = LDistrict.builder()
                .staffed(STREET + "#书记", PostRole.HEAD, "P011", "卫书记", "2022-01-01");
        Problems.assertOne(rule, district.build(), Diagnostic.ERROR, SingleHeadRule.SEVERAL_HEADS,
                "单位“L区/东街道”在 2024-06-30 有 2 名现任一把手：褚主任 (主任), 卫书记 (书记)",
                "The unit L区/东街道 has 2 current heads on 2024-06-30: 褚主任 (主任), 卫书记 (书记)",
                district.unit(STREET), district.tenure("P010", STREET_HEAD), district.tenure("P011", STREET + "#书记"));
    }
}
