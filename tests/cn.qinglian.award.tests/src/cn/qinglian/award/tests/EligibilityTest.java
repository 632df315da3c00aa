package cn.qinglian.award.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.qinglian.award.eligibility.Eligibility;
import cn.qinglian.award.eligibility.EligibilityContext;
import cn.qinglian.award.eligibility.EligibilityRule;
import cn.qinglian.award.eligibility.Exclusion;
import cn.qinglian.award.eligibility.NomineeEligibility;
import cn.qinglian.award.eligibility.rules.BuiltInEligibilityRules;
import cn.qinglian.award.model.AwardFactory;
import cn.qinglian.award.model.Decision;
import cn.qinglian.award.model.Election;
import cn.qinglian.model.Person;

/** The built-in eligibility rules on {@link Station}, judged on the last day of the period. */
class EligibilityTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private final Station s = new Station();
    private final Eligibility eligibility = new Eligibility(BuiltInEligibilityRules.all());

    private NomineeEligibility check(Election election, String name) {
        return eligibility.check(s.p(name), new EligibilityContext(s.organisation, s.book, election, ZH));
    }

    @Test
    void minimumTenureCountsWholeMonthsToThePeriodEnd() {
        // 新人 since 2019-09-01: 2 whole months by 2019-11-30, 5 by 2020-02-29, 6 by 2020-03-31
        assertEquals(List.of("award.minimum-tenure"), ids(check(s.election(LocalDate.of(2019, 11, 1)), "新人")));
        assertEquals(List.of("award.minimum-tenure"), ids(check(s.election(LocalDate.of(2020, 2, 1)), "新人")));
        assertTrue(check(s.election(LocalDate.of(2020, 3, 1)), "新人").eligible());
        s.monthly.setMinimumTenureMonths(2);
        assertTrue(check(s.election(LocalDate.of(2019, 12, 1)), "新人").eligible());
    }

    @Test
    void someoneWithoutAPostInTheUnitIsExcludedWithTheUnitNamed() {
        NomineeEligibility other = check(s.election(LocalDate.of(2019, 11, 1)), "外所");
        assertEquals(List.of(new Exclusion("award.in-scope", "在本单位有现任岗位", "2019-11-30 在城东派出所没有现任岗位")),
                other.exclusions());
    }

    @Test
    void aWinnerIsExcludedForTheNextKPeriodsOnly() {
        Election august = s.election(LocalDate.of(2019, 8, 1));
        Decision decision = AwardFactory.eINSTANCE.createDecision();
        decision.getWinners().add(s.p("王一"));
        august.setDecision(decision);
        // K = 3: September, October, November exclude 王一; December does not
        for (int month = 9; month <= 11; month++) {
            NomineeEligibility checked = check(s.election(LocalDate.of(2019, month, 1)), "王一");
            assertEquals(List.of("已于 2019-08 在城东派出所获得“每月之星”，3 个周期内不再评选"),
                    checked.exclusions().stream().map(Exclusion::reason).toList(), "month " + month);
        }
        assertTrue(check(s.election(LocalDate.of(2019, 12, 1)), "王一").eligible());
        assertTrue(check(s.election(LocalDate.of(2019, 11, 1)), "李二").eligible());
    }

    @Test
    void aRuleThatFailsExcludesWithItsErrorAndTheOthersStillRun() {
        EligibilityRule broken = new EligibilityRule() {
            @Override
            public String id() {
                return "test.broken";
            }

            @Override
            public String name(Locale locale) {
                return "broken";
            }

            @Override
            public Optional<String> exclusionReason(Person nominee, EligibilityContext context) {
                throw new IllegalStateException("no data");
            }
        };
        Eligibility withBroken = new Eligibility(List.of(broken, BuiltInEligibilityRules.all().get(0)));
        NomineeEligibility checked = withBroken.check(s.p("外所"),
                new EligibilityContext(s.organisation, s.book, s.election(LocalDate.of(2019, 11, 1)), ZH));
        assertEquals(List.of("test.broken", "award.in-scope"), ids(checked));
        assertTrue(checked.exclusions().get(0).reason().contains("no data"));
    }

    private static List<String> ids(NomineeEligibility eligibility) {
        return eligibility.exclusions().stream().map(Exclusion::ruleId).toList();
    }
}
