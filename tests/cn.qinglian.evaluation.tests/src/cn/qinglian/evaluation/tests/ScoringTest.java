package cn.qinglian.evaluation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.qinglian.evaluation.criteria.ComputedCriteria;
import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.AssessmentEntry;
import cn.qinglian.evaluation.model.CriteriaSet;
import cn.qinglian.evaluation.model.Criterion;
import cn.qinglian.evaluation.scoring.AssessmentScoring;
import cn.qinglian.evaluation.scoring.EntryScore;
import cn.qinglian.evaluation.scoring.Ranking;
import cn.qinglian.evaluation.scoring.Rankings;
import cn.qinglian.evaluation.scoring.Subjects;

/**
 * Scoring and ranking with hand-computed expectations. Criteria set: 廉洁 weight 3 on 0–100, 效能 weight 1
 * on 0–10, so total = 100 × (3 × rate廉洁 + rate效能) / 4.
 */
class ScoringTest {

    private Town town;
    private Assessment assessment;
    private Criterion integrity;
    private Criterion efficiency;

    @BeforeEach
    void setUp() {
        town = new Town();
        CriteriaSet set = Rounds.criteriaSet(town.evaluation, "站所考核");
        integrity = Rounds.criterion(set, "廉洁", 3, 0, 100);
        efficiency = Rounds.criterion(set, "效能", 1, 0, 10);
        assessment = Rounds.assessment(town.evaluation, "2019年年终考核", set);
    }

    private AssessmentScoring scoring() {
        return new AssessmentScoring(town.organisation, ComputedCriteria.none());
    }

    private EntryScore score(AssessmentEntry entry) {
        return scoring().score(assessment, entry);
    }

    @Test
    void totalIsTheWeightedShareOfEachScaleOnAHundredPointScale() {
        // (3 × 0.8 + 1 × 0.6) / 4 = 0.75
        assertEquals(new BigDecimal("75.00"), score(Rounds.entry(assessment, "张三", null, integrity, 80, efficiency, 6)).total());
        // (3 × 0.7 + 1 × 1.0) / 4 = 0.775
        assertEquals(new BigDecimal("77.50"), score(Rounds.entry(assessment, "李四", null, integrity, 70, efficiency, 10)).total());
        // (3 × 0.9 + 0) / 4 = 0.675
        assertEquals(new BigDecimal("67.50"), score(Rounds.entry(assessment, "王五", null, integrity, 90, efficiency, 0)).total());
    }

    @Test
    void totalIsRoundedHalfUpToTwoDecimals() {
        // (3 × 0.333 + 1 × 0.1) / 4 = 0.27475 → 27.475 → 27.48
        assertEquals(new BigDecimal("27.48"), score(Rounds.entry(assessment, "赵六", null, integrity, 33.3, efficiency, 1)).total());
    }

    @Test
    void scoresOutsideTheScaleAreClampedToIt() {
        EntryScore score = score(Rounds.entry(assessment, "张三", null, integrity, 120, efficiency, -3));
        assertEquals(100.0, score.criteria().get(0).value());
        assertEquals(0.0, score.criteria().get(1).value());
        assertEquals(new BigDecimal("75.00"), score.total());
    }

    @Test
    void aMissingScoreCountsAsTheMinimumAndMarksTheEntryIncomplete() {
        EntryScore score = score(Rounds.entry(assessment, "张三", null, integrity, 100));
        assertEquals(new BigDecimal("75.00"), score.total());
        assertFalse(score.complete());
        assertTrue(score.criteria().get(1).missing());
    }

    @Test
    void computedCriterionDeductsPerUnitOfItsMeasure() {
        Criterion records = Rounds.criterion(assessment.getCriteriaSet(), "问责记录", 4, 0, 100);
        records.setComputedBy("test.records");
        records.setDeductionPerUnit(20);
        AssessmentEntry entry = Rounds.entry(assessment, "张三", null, integrity, 80, efficiency, 6);
        EntryScore score = new AssessmentScoring(town.organisation,
                ComputedCriteria.of(Map.of("test.records", context -> 2))).score(assessment, entry);
        // 问责记录: 100 − 20 × 2 = 60 → rate 0.6; (3 × 0.8 + 1 × 0.6 + 4 × 0.6) / 8 = 0.675
        assertEquals(60.0, score.criteria().get(2).value());
        assertTrue(score.criteria().get(2).computed());
        assertEquals(new BigDecimal("67.50"), score.total());
        assertTrue(score.complete());
    }

    @Test
    void computedCriterionWithoutContributionIsMissing() {
        Criterion records = Rounds.criterion(assessment.getCriteriaSet(), "问责记录", 4, 0, 100);
        records.setComputedBy("nobody.contributes-this");
        EntryScore score = score(Rounds.entry(assessment, "张三", null, integrity, 80, efficiency, 6));
        assertFalse(score.complete());
        assertEquals(new BigDecimal("37.50"), score.total()); // (2.4 + 0.6 + 0) / 8
    }

    /**
     * 李四 77.50; 钱七 75.00 with 廉洁 100 (ahead on the heaviest criterion); 张三 and 陈八 75.00 with the same
     * rates (shared rank 3, listed 陈 before 张 in pinyin); 王五 67.50 → ranks 1, 2, 3, 3, 5.
     */
    @Test
    void rankingBreaksTiesOnTheHeaviestCriterionAndSharesRanksOfEquals() {
        Rounds.entry(assessment, "张三", null, integrity, 80, efficiency, 6);
        Rounds.entry(assessment, "王五", null, integrity, 90, efficiency, 0);
        Rounds.entry(assessment, "李四", null, integrity, 70, efficiency, 10);
        Rounds.entry(assessment, "陈八", null, integrity, 80, efficiency, 6);
        Rounds.entry(assessment, "钱七", null, integrity, 100, efficiency, 0);
        List<Ranking> rankings = new Rankings(scoring()).of(assessment);
        assertEquals(1, rankings.size());
        assertEquals(List.of("1 李四 77.50", "2 钱七 75.00", "3 陈八 75.00", "3 张三 75.00", "5 王五 67.50"),
                rankings.get(0).places().stream()
                        .map(p -> p.rank() + " " + Subjects.name(p.score().entry()) + " " + p.score().total()).toList());
    }

    @Test
    void eachRankingGroupIsRankedOnItsOwn() {
        Rounds.entry(assessment, "张三", "派出所", integrity, 80, efficiency, 6);
        Rounds.entry(assessment, "李四", "市场监管所", integrity, 70, efficiency, 10);
        Rounds.entry(assessment, "王五", "派出所", integrity, 90, efficiency, 0);
        Rounds.entry(assessment, "钱七", "市场监管所", integrity, 100, efficiency, 10);
        List<Ranking> rankings = new Rankings(scoring()).of(assessment);
        // groups in pinyin order: 派出所 (pai) before 市场监管所 (shi)
        assertEquals(List.of("派出所", "市场监管所"), rankings.stream().map(Ranking::group).toList());
        assertEquals(List.of("张三", "王五"), names(rankings.get(0)));
        assertEquals(List.of("钱七", "李四"), names(rankings.get(1)));
        assertEquals(List.of(1, 2), rankings.get(1).places().stream().map(p -> p.rank()).toList());
    }

    private static List<String> names(Ranking ranking) {
        return ranking.places().stream().map(p -> Subjects.name(p.score().entry())).toList();
    }
}
