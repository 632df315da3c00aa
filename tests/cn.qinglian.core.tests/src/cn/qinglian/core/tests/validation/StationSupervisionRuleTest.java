package cn.qinglian.core.tests.validation;

import static cn.qinglian.core.tests.LDistrict.STATION;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.core.validation.rules.StationSupervisionRule;

class StationSupervisionRuleTest {

    private final StationSupervisionRule rule = new StationSupervisionRule();

    @Test
    void stationWithCompetentDepartmentAndALeaderInChargeOfItsBureau() {
        Problems.assertNone(rule, LDistrict.builder().build());
    }

    @Test
    void stationWithoutCompetentDepartment() {
        OrganisationBuilder district = LDistrict.builder();
        district.unit(STATION).setCompetentDepartment(null);
        Problems.assertOne(rule, district.build(), Diagnostic.WARNING, StationSupervisionRule.NO_COMPETENT_DEPARTMENT,
                "站所“" + STATION + "”没有主管单位",
                "The station " + STATION + " has no competent department",
                district.unit(STATION));
    }

    @Test
    void anEndedAssignmentLeavesTheStationWithoutLeaderInCharge() {
        OrganisationBuilder district = LDistrict.builder();
        district.build().getChargeAssignments().remove(1);
        Problems.assertOne(rule, district.build(), Diagnostic.WARNING, StationSupervisionRule.NO_LEADER_IN_CHARGE,
                "站所“" + STATION + "”在 2024-06-30 没有分管领导",
                "The station " + STATION + " has no leader in charge on 2024-06-30",
                district.unit(STATION));
    }
}
