package cn.qinglian.evaluation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.AssessmentKind;
import cn.qinglian.evaluation.model.CriteriaSet;
import cn.qinglian.evaluation.model.Criterion;
import cn.qinglian.evaluation.scoring.AssessmentRounds;

class AssessmentRoundsTest {

    @Test
    void aNewRoundKeepsSubjectsGroupsAndCriteriaButNoScores() {
        Town town = new Town();
        CriteriaSet set = Rounds.criteriaSet(town.evaluation, "站所考核");
        Criterion criterion = Rounds.criterion(set, "综合", 1, 0, 100);
        Assessment template = Rounds.assessment(town.evaluation, "2019年年终考核（基层站所）", set);
        template.setLastPlaces(2);
        Rounds.entry(template, "甲所", "派出所", criterion, 95);
        Rounds.entry(template, "乙所", "司法所", criterion, 80);
        Assessment next = AssessmentRounds.next(template, AssessmentKind.MID_YEAR_CHECK, 2020, "年中检查",
                () -> UUID.randomUUID().toString());
        assertEquals("2020年年中检查（基层站所）", next.getName());
        assertEquals(LocalDate.of(2020, 1, 1), next.getPeriodStart());
        assertEquals(LocalDate.of(2020, 6, 30), next.getPeriodEnd());
        assertEquals(set, next.getCriteriaSet());
        assertEquals(2, next.getLastPlaces());
        assertEquals(2, next.getEntries().size());
        assertEquals(template.getEntries().get(1).getPerson(), next.getEntries().get(1).getPerson());
        assertEquals("司法所", next.getEntries().get(1).getRankingGroup());
        assertTrue(next.getEntries().stream().allMatch(e -> e.getScores().isEmpty()));
    }
}
