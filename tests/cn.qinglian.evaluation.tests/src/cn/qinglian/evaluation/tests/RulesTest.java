package cn.qinglian.evaluation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.validation.ValidationRule;
import cn.qinglian.core.validation.WorkspaceValidator;
import cn.qinglian.evaluation.model.Appraisal;
import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.Ballot;
import cn.qinglian.evaluation.model.CriteriaSet;
import cn.qinglian.evaluation.model.Criterion;
import cn.qinglian.evaluation.model.EvaluationFactory;
import cn.qinglian.evaluation.model.RotationPlan;
import cn.qinglian.evaluation.model.ScheduledTalk;
import cn.qinglian.evaluation.rules.BallotTokenRule;
import cn.qinglian.evaluation.rules.RotationOverdueRule;
import cn.qinglian.evaluation.rules.ScoreInScaleRule;
import cn.qinglian.evaluation.rules.TalkOverdueRule;

/** The evaluation rules, through the validator as the problems view runs them, in Chinese and English. */
class RulesTest {

    private static List<String> messages(Town town, ValidationRule rule, Locale locale) {
        Diagnostic result = new WorkspaceValidator(List.of(rule)).validate(town.organisation, Town.AS_OF, locale);
        return result.getChildren().stream().map(d -> d.getSource() + " " + d.getCode() + " " + d.getMessage()).toList();
    }

    @Test
    void anOverdueTalkIsReportedWithItsOfficer() {
        Town town = Town.standard();
        ScheduledTalk talk = EvaluationFactory.eINSTANCE.createScheduledTalk();
        talk.setOfficer(town.person("钱队员"));
        talk.setDueDate(LocalDate.of(2019, 12, 1));
        town.evaluation.getTalks().add(talk);
        assertEquals(List.of("evaluation.talk-overdue 1 与钱队员的定时约谈应于2019-12-01前进行，尚未约谈"),
                messages(town, new TalkOverdueRule(), Locale.CHINESE));
        assertEquals(List.of("evaluation.talk-overdue 1 The scheduled talk with 钱队员 was due on 2019-12-01 and has not been held"),
                messages(town, new TalkOverdueRule(), Locale.ENGLISH));
        talk.setHeldOn(LocalDate.of(2019, 12, 3));
        assertEquals(List.of(), messages(town, new TalkOverdueRule(), Locale.CHINESE));
    }

    @Test
    void rotationDueWithoutPlanAndPlansPastTheirDateAreReported() {
        Town town = Town.standard();
        List<String> unplanned = messages(town, new RotationOverdueRule(() -> 10), Locale.ENGLISH);
        assertEquals(1, unplanned.size());
        assertEquals("evaluation.rotation-overdue 2 孙科员 has been at L区/和埠派出所/综合室#科员 since 2008-01-01 "
                + "(10 years or more) and no rotation is planned", unplanned.get(0));
        RotationPlan plan = EvaluationFactory.eINSTANCE.createRotationPlan();
        plan.setPerson(town.person("孙科员"));
        plan.setPlannedDate(LocalDate.of(2020, 3, 1));
        town.evaluation.getRotationPlans().add(plan);
        assertEquals(List.of(), messages(town, new RotationOverdueRule(() -> 10), Locale.ENGLISH));
        plan.setPlannedDate(LocalDate.of(2019, 9, 1));
        assertEquals(List.of("evaluation.rotation-overdue 1 孙科员（L区/和埠派出所/综合室#科员）计划于2019-09-01交流轮岗，至今未轮岗"),
                messages(town, new RotationOverdueRule(() -> 10), Locale.CHINESE));
    }

    @Test
    void scoresOutsideTheScaleOrOfAForeignCriterionAreErrors() {
        Town town = Town.standard();
        CriteriaSet set = Rounds.criteriaSet(town.evaluation, "站所考核");
        Criterion integrity = Rounds.criterion(set, "廉洁", 1, 0, 100);
        Criterion foreign = Rounds.criterion(Rounds.criteriaSet(town.evaluation, "其他"), "其他", 1, 0, 10);
        Assessment assessment = Rounds.assessment(town.evaluation, "2019年年终考核", set);
        Rounds.entry(assessment, "张三", null, integrity, 101, foreign, 5);
        Rounds.entry(assessment, "李四", null, integrity, 100);
        assertEquals(List.of("evaluation.score-in-scale 1 2019年年终考核, 张三: the score 101 for 廉洁 lies outside the scale 0–100",
                "evaluation.score-in-scale 2 2019年年终考核, 张三: 其他 is not a criterion of the assessment's criteria set"),
                messages(town, new ScoreInScaleRule(), Locale.ENGLISH));
        assertEquals(Diagnostic.ERROR, new ScoreInScaleRule().defaultSeverity());
    }

    @Test
    void ballotsWithUnknownOrReusedTokensAreCountedWithoutNamingAToken() {
        Town town = Town.standard();
        Appraisal appraisal = EvaluationFactory.eINSTANCE.createAppraisal();
        appraisal.setName("2019年度民主评议");
        appraisal.getIssuedTokens().addAll(List.of("AAAA2222", "BBBB3333"));
        for (String token : List.of("AAAA2222", "AAAA2222", "ZZZZ9999")) {
            Ballot ballot = EvaluationFactory.eINSTANCE.createBallot();
            ballot.setId(UUID.randomUUID().toString());
            ballot.setToken(token);
            appraisal.getBallots().add(ballot);
        }
        town.evaluation.getAppraisals().add(appraisal);
        assertEquals(List.of("evaluation.ballot-token 1 2019年度民主评议：1 张选票的票号未发出，不计票",
                "evaluation.ballot-token 2 2019年度民主评议：1 张选票重复使用已投票号，只计第一张"),
                messages(town, new BallotTokenRule(), Locale.CHINESE));
    }

    @Test
    void anOrganisationWithoutEvaluationDataPassesEveryRule() {
        Town town = Town.standard();
        town.evaluation.eResource().getResourceSet().getResources().remove(town.evaluation.eResource());
        for (ValidationRule rule : List.of(new TalkOverdueRule(), new RotationOverdueRule(() -> 1), new ScoreInScaleRule(),
                new BallotTokenRule())) {
            assertEquals(List.of(), messages(town, rule, Locale.ENGLISH), rule.id());
        }
    }
}
