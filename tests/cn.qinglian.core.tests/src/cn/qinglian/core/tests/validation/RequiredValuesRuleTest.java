package cn.qinglian.core.tests.validation;

import static cn.qinglian.core.tests.LDistrict.CLERK;
import static cn.qinglian.core.tests.LDistrict.STREET;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.core.validation.rules.RequiredValuesRule;
import cn.qinglian.model.QinglianPackage;

class RequiredValuesRuleTest {

    private final RequiredValuesRule rule = new RequiredValuesRule();

    @Test
    void everyRequiredValueSet() {
        Problems.assertNone(rule, LDistrict.builder().build());
    }

    @Test
    void tenureWithoutStart() {
        OrganisationBuilder district = LDistrict.builder();
        district.tenure("P008", CLERK).setStart(null);
        String tenure = "tenure:P008 @ " + CLERK + " ?..";
        Problems.assertOne(rule, district.build(), Diagnostic.ERROR, RequiredValuesRule.MISSING_VALUE,
                tenure + "：缺少必填项 Tenure.start",
                tenure + ": the required value Tenure.start is missing",
                district.tenure("P008", CLERK), QinglianPackage.Literals.TENURE__START);
    }

    @Test
    void objectWithoutId() {
        OrganisationBuilder district = LDistrict.builder();
        district.unit(STREET).setId(null);
        Problems.assertOne(rule, district.build(), Diagnostic.ERROR, RequiredValuesRule.MISSING_VALUE,
                STREET + "：缺少必填项 Identified.id",
                STREET + ": the required value Identified.id is missing",
                district.unit(STREET), QinglianPackage.Literals.IDENTIFIED__ID);
    }
}
