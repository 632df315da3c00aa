package cn.qinglian.award.bridges.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.qinglian.award.evaluation.EvaluationScoreCriterion;
import cn.qinglian.award.evaluation.NoAccountabilityRule;
import cn.qinglian.award.scoring.Ballot;
import cn.qinglian.award.scoring.CriterionValue;
import cn.qinglian.award.scoring.ScoringContext;
import cn.qinglian.evaluation.criteria.ComputedCriteria;
import cn.qinglian.evaluation.model.AccountabilityCategory;
import cn.qinglian.evaluation.model.AccountabilityRecord;
import cn.qinglian.evaluation.model.AccountabilityStatus;
import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.AssessmentEntry;
import cn.qinglian.evaluation.model.AssessmentKind;
import cn.qinglian.evaluation.model.CriteriaSet;
import cn.qinglian.evaluation.model.Criterion;
import cn.qinglian.evaluation.model.EvaluationFactory;
import cn.qinglian.evaluation.model.Score;

/** The award rule and criterion of the evaluation bridge on {@link BridgeFixture}'s election of 2019-11. */
class EvaluationBridgeTest {

    private static final EvaluationFactory EVALUATION = EvaluationFactory.eINSTANCE;
    private final BridgeFixture f = new BridgeFixture();

    private AccountabilityRecord record(LocalDate date, AccountabilityStatus status) {
        AccountabilityRecord record = EVALUATION.createAccountabilityRecord();
        record.setPerson(f.wang);
        record.setDate(date);
        record.setStatus(status);
        record.setCategory(AccountabilityCategory.INACTION);
        record.setDescription("群众反映办事拖延");
        f.evaluation.getAccountabilityRecords().add(record);
        return record;
    }

    @Test
    void anAccountabilityRecordOfThisYearExcludes() {
        NoAccountabilityRule rule = new NoAccountabilityRule();
        record(LocalDate.of(2018, 12, 20), AccountabilityStatus.CONFIRMED);
        record(LocalDate.of(2019, 3, 1), AccountabilityStatus.DISMISSED);
        record(LocalDate.of(2019, 12, 5), AccountabilityStatus.CONFIRMED);
        assertEquals(Optional.empty(), rule.exclusionReason(f.wang, f.context()),
                "last year, dismissed, and after the period's end do not count");
        record(LocalDate.of(2019, 4, 2), AccountabilityStatus.PROPOSED);
        assertEquals(Optional.of("2019-04-02 有问责记录（无为低效，建议）：群众反映办事拖延"),
                rule.exclusionReason(f.wang, f.context()));
        assertEquals(Optional.empty(), rule.exclusionReason(f.li, f.context()));
    }

    @Test
    void theEvaluationScoreIsTheLatestAssessmentTotal() {
        EvaluationScoreCriterion criterion = new EvaluationScoreCriterion(ComputedCriteria.none());
        ScoringContext context = new ScoringContext(f.context(), Ballot.count(f.election), List.of(f.wang, f.li));
        assertFalse(criterion.applies(context), "no assessment yet");
        CriteriaSet set = EVALUATION.createCriteriaSet();
        Criterion work = EVALUATION.createCriterion();
        work.setWeight(1);
        work.setMinScore(0);
        work.setMaxScore(10);
        set.getCriteria().add(work);
        f.evaluation.getCriteriaSets().add(set);
        Assessment midYear = EVALUATION.createAssessment();
        midYear.setKind(AssessmentKind.MID_YEAR_CHECK);
        midYear.setYear(2019);
        midYear.setPeriodStart(LocalDate.of(2019, 1, 1));
        midYear.setPeriodEnd(LocalDate.of(2019, 6, 30));
        midYear.setCriteriaSet(set);
        entry(midYear, work, 8.5);
        f.evaluation.getAssessments().add(midYear);
        Assessment yearEnd = EVALUATION.createAssessment();
        yearEnd.setKind(AssessmentKind.YEAR_END_ASSESSMENT);
        yearEnd.setYear(2019);
        yearEnd.setPeriodEnd(LocalDate.of(2019, 12, 31));
        yearEnd.setCriteriaSet(set);
        entry(yearEnd, work, 2);
        f.evaluation.getAssessments().add(yearEnd);
        assertTrue(criterion.applies(context));
        // the year-end assessment ends after 2019-11-30: the mid-year check counts, 8.5 of 10 → 85.00
        CriterionValue value = criterion.value(f.wang, context);
        assertEquals(85.0, value.points(), 1e-9);
        assertEquals("2019 年中检查：总分 85.00", value.explanation());
        assertEquals(new CriterionValue(0, "未参加2019 年中检查"), criterion.value(f.li, context));
    }

    private void entry(Assessment assessment, Criterion criterion, double value) {
        AssessmentEntry entry = EVALUATION.createAssessmentEntry();
        entry.setPerson(f.wang);
        Score score = EVALUATION.createScore();
        score.setCriterion(criterion);
        score.setValue(value);
        entry.getScores().add(score);
        assessment.getEntries().add(entry);
    }
}
