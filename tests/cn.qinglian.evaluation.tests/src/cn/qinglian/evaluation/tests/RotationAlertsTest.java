package cn.qinglian.evaluation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.qinglian.evaluation.model.EvaluationFactory;
import cn.qinglian.evaluation.model.RotationPlan;
import cn.qinglian.evaluation.rotation.RotationAlert;
import cn.qinglian.evaluation.rotation.RotationAlert.Scope;
import cn.qinglian.evaluation.rotation.RotationAlerts;
import cn.qinglian.model.PostRole;

/**
 * Rotation alerts (交流轮岗) on the standard town as of 2019-12-31: 孙科员 in 综合室 since 2008-01-01
 * (11 years 11 months 30 days), 钱队员 since 2012-05-01 (7 years), 周所长 since 2016-03-01.
 */
class RotationAlertsTest {

    private static List<String> describe(List<RotationAlert> alerts) {
        return alerts.stream().map(a -> a.person().getName() + " " + a.scope() + " " + a.unit().getName() + " " + a.since()
                + " " + a.length().getYears()).toList();
    }

    @Test
    void peopleAtTheThresholdInOnePostAreAlertedWithTheStationAsTheirUnit() {
        Town town = Town.standard();
        assertEquals(List.of("孙科员 POST 和埠派出所 2008-01-01 11"),
                describe(RotationAlerts.of(town.organisation, town.evaluation, 10, Town.AS_OF)));
        assertEquals(List.of("孙科员 POST 和埠派出所 2008-01-01 11", "钱队员 POST 和埠派出所 2012-05-01 7"),
                describe(RotationAlerts.of(town.organisation, town.evaluation, 7, Town.AS_OF)));
        assertEquals(List.of(), describe(RotationAlerts.of(town.organisation, town.evaluation, 12, Town.AS_OF)));
    }

    @Test
    void theThresholdCountsFullYearsToTheDay() {
        Town town = Town.standard();
        assertTrue(RotationAlerts.of(town.organisation, town.evaluation, 12, LocalDate.of(2019, 12, 31)).isEmpty());
        assertEquals(Period.ofYears(12), RotationAlerts.of(town.organisation, town.evaluation, 12,
                LocalDate.of(2020, 1, 1)).get(0).length());
    }

    @Test
    void changingPostsInsideTheSameUnitStillAlertsForTheUnit() {
        Town town = Town.standard();
        town.post("和埠派出所#副所长", PostRole.LEADERSHIP_MEMBER).newPerson("吴副所长")
                .tenure("吴副所长", "和埠派出所#执法队员", "2007-01-01", "2013-06-30")
                .tenure("吴副所长", "和埠派出所#副所长", "2013-07-01", null);
        List<RotationAlert> alerts = RotationAlerts.of(town.organisation, town.evaluation, 10, Town.AS_OF);
        assertEquals(List.of("吴副所长 UNIT 和埠派出所 2007-01-01 12", "孙科员 POST 和埠派出所 2008-01-01 11"), describe(alerts));
        assertEquals(town.post("和埠派出所#副所长"), alerts.get(0).post());
    }

    @Test
    void aBreakStartsTheStintAgain() {
        Town town = Town.standard();
        town.newPerson("郑干部").post("区政府#科员", PostRole.STAFF)
                .tenure("郑干部", "区政府#科员", "2005-01-01", "2012-01-01")
                .tenure("郑干部", "区政府#科员", "2013-01-01", null);
        assertFalse(RotationAlerts.of(town.organisation, town.evaluation, 10, Town.AS_OF).stream()
                .anyMatch(a -> a.person().getName().equals("郑干部")));
    }

    @Test
    void anOpenPlanGoesWithTheAlertAndIsOverdueOnceItsDateHasPassed() {
        Town town = Town.standard();
        RotationPlan plan = EvaluationFactory.eINSTANCE.createRotationPlan();
        plan.setPerson(town.person("孙科员"));
        plan.setPlannedDate(LocalDate.of(2019, 9, 1));
        town.evaluation.getRotationPlans().add(plan);
        RotationAlert alert = RotationAlerts.of(town.organisation, town.evaluation, 10, Town.AS_OF).get(0);
        assertEquals(plan, alert.plan());
        assertEquals(Scope.POST, alert.scope());
        assertTrue(alert.planOverdue(Town.AS_OF));
        assertFalse(alert.planOverdue(LocalDate.of(2019, 9, 1)));
        plan.setCompletedOn(LocalDate.of(2019, 9, 2));
        assertEquals(null, RotationAlerts.of(town.organisation, town.evaluation, 10, Town.AS_OF).get(0).plan());
    }
}
