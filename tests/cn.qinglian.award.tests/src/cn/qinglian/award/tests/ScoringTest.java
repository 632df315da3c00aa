package cn.qinglian.award.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.qinglian.award.election.ElectionEvaluation;
import cn.qinglian.award.election.ElectionResult;
import cn.qinglian.award.eligibility.Eligibility;
import cn.qinglian.award.eligibility.rules.BuiltInEligibilityRules;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.model.NominationKind;
import cn.qinglian.award.output.ScoreTexts;
import cn.qinglian.award.scoring.Ballot;
import cn.qinglian.award.scoring.CriterionScore;
import cn.qinglian.award.scoring.RankedNominee;
import cn.qinglian.award.scoring.Scoring;
import cn.qinglian.award.scoring.TieBreak;
import cn.qinglian.award.scoring.criteria.BuiltInScoringCriteria;

/**
 * The 2019-11 election of {@link Station}, computed by hand. Nominated: 王一 (by the head, a leader
 * recommendation), 李二, 赵三 (2019-12-02), 钱五 (2019-12-03), 新人 and 外所 (both not eligible).
 * Votes, all on 2019-12-08 in this order: 孙六 → 李二, 赵三, 钱五, 王一 (the fourth is over the cap of 3);
 * 周七 → 李二, 赵三, 新人; 吴八 → 李二, 钱五, 张所长 (not nominated); 李二 → 李二 (self); 赵三 → 李二, 李二 (repeat).
 * Counted: 李二 4, 赵三 2, 钱五 2, 王一 0 (新人 1, not ranked); the most among eligible nominees is 4.
 * Weights 1 : 1, so total = (peer points + leader points) ÷ 2:
 * 李二 (100 + 0)/2 = 50.00, 王一 (0 + 100)/2 = 50.00, 赵三 (50 + 0)/2 = 25.00, 钱五 25.00.
 * Ties: 李二 before 王一 by more votes; 赵三 before 钱五 by the earlier nomination.
 */
class ScoringTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private Station s;
    private Election election;

    @BeforeEach
    void handComputedElection() {
        s = new Station();
        election = s.election(LocalDate.of(2019, 11, 1));
        LocalDate first = LocalDate.of(2019, 12, 1);
        s.nominate(election, "王一", "张所长", NominationKind.LEADER, first);
        s.nominate(election, "李二", "赵三", NominationKind.COLLEAGUE, first);
        s.nominate(election, "赵三", "李二", NominationKind.COLLEAGUE, first.plusDays(1));
        s.nominate(election, "钱五", "王一", NominationKind.COLLEAGUE, first.plusDays(2));
        s.nominate(election, "新人", "王一", NominationKind.COLLEAGUE, first.plusDays(2));
        s.nominate(election, "外所", "王一", NominationKind.COLLEAGUE, first.plusDays(2));
        LocalDate day = LocalDate.of(2019, 12, 8);
        s.votes(election, day, "孙六", "李二", "赵三", "钱五", "王一");
        s.votes(election, day, "周七", "李二", "赵三", "新人");
        s.votes(election, day, "吴八", "李二", "钱五", "张所长");
        s.votes(election, day, "李二", "李二");
        s.votes(election, day, "赵三", "李二", "李二");
    }

    private ElectionResult evaluate() {
        return new ElectionEvaluation(new Eligibility(BuiltInEligibilityRules.all()),
                new Scoring(BuiltInScoringCriteria.all())).evaluate(s.organisation, s.book, election, ZH);
    }

    @Test
    void cappedVoterSelfVoteRepeatAndUnnominatedDoNotCount() {
        Ballot ballot = Ballot.count(election);
        assertEquals(4, ballot.votes(s.p("李二")));
        assertEquals(2, ballot.votes(s.p("赵三")));
        assertEquals(2, ballot.votes(s.p("钱五")));
        assertEquals(0, ballot.votes(s.p("王一")), "孙六's fourth vote is over the cap of 3");
        assertEquals(1, ballot.votes(s.p("新人")));
        assertEquals(List.of("孙六→王一 OVER_CAP", "吴八→张所长 NOT_NOMINATED", "李二→李二 SELF_VOTE", "赵三→李二 REPEATED"),
                ballot.discarded().stream().map(d -> d.vote().getVoter().getName() + "→" + d.vote().getNominee().getName()
                        + " " + d.why()).toList());
    }

    @Test
    void totalsAndRankingWithTwoTies() {
        List<RankedNominee> ranking = evaluate().ranking();
        assertEquals(List.of("1 李二 50.00 VOTES", "2 王一 50.00 null", "3 赵三 25.00 EARLIER_NOMINATION", "4 钱五 25.00 null"),
                ranking.stream().map(r -> r.rank() + " " + r.score().nominee().getName() + " "
                        + r.score().total().toPlainString() + " " + r.aheadOfNextBy()).toList());
        assertEquals(List.of(s.p("李二")), evaluate().proposedWinners());
    }

    @Test
    void everyScoreComesWithItsBreakdown() {
        RankedNominee second = evaluate().ranking().get(1);
        List<CriterionScore> breakdown = second.score().breakdown();
        assertEquals(2, breakdown.size());
        assertEquals("award.peer-votes", breakdown.get(0).criterionId());
        assertEquals(0.0, breakdown.get(0).points());
        assertEquals(100.0, breakdown.get(1).points());
        assertEquals(50.0, breakdown.get(1).contribution(), 1e-9);
        assertEquals("同事投票：0.00 分 × 权重 1 → 0.00（有效票 0 票，符合资格的被提名人中最高 4 票）\n"
                + "领导推荐：100.00 分 × 权重 1 → 50.00（张所长 推荐）", ScoreTexts.breakdown(second.score(), ZH));
    }

    @Test
    void rankingTextNamesTieBreaksExclusionsAndDiscardedVotes() {
        String text = ScoreTexts.ranking(evaluate(), ZH);
        assertTrue(text.startsWith("第 1 名 李二：50.00 分，有效票 4 票\n"), text);
        assertTrue(text.contains("与下一名总分相同，按“有效票多者在前”排在前面"), text);
        assertTrue(text.contains("与下一名总分相同，按“提名早者在前”排在前面"), text);
        assertTrue(text.contains("孙六 投给 王一 的票不计：超出每人 3 票的上限"), text);
        assertTrue(text.contains("新人 不符合资格——现任岗位满最短任职期：自 2019-09-01 起任民警，截至 2019-11-30 满 2 个月，不足 6 个月"), text);
        assertTrue(text.contains("外所 不符合资格——在本单位有现任岗位：2019-11-30 在城东派出所没有现任岗位"), text);
    }

    @Test
    void aWeightedCriterionThatIsNotInstalledIsLeftOutAndTheOthersKeepTheirProportions() {
        s.monthly.getCriteria().clear();
        s.weight("award.peer-votes", 0.6);
        s.weight("award.leader-recommendation", 0.2);
        s.weight("evaluation.score", 0.2);
        ElectionResult result = evaluate();
        assertEquals(List.of("evaluation.score"), result.missingCriteria());
        // 李二: 0.6 × 100 / 0.8 = 75; 王一: 0.2 × 100 / 0.8 = 25; 赵三, 钱五: 0.6 × 50 / 0.8 = 37.5
        assertEquals(List.of("李二 75.00", "赵三 37.50", "钱五 37.50", "王一 25.00"), result.ranking().stream()
                .map(r -> r.score().nominee().getName() + " " + r.score().total().toPlainString()).toList());
        assertTrue(ScoreTexts.ranking(result, ZH).contains("计分标准 evaluation.score 未安装，不计入总分"));
    }

    @Test
    void fewerEarlierWinsBreakATieBeforeTheNominationDate() {
        Election september = s.election(LocalDate.of(2019, 9, 1));
        september.setDecision(cn.qinglian.award.model.AwardFactory.eINSTANCE.createDecision());
        september.getDecision().getWinners().add(s.p("赵三"));
        s.monthly.setNoRepeatPeriods(1);
        List<RankedNominee> ranking = evaluate().ranking();
        assertEquals("钱五", ranking.get(2).score().nominee().getName());
        assertEquals(TieBreak.FEWER_WINS, ranking.get(2).aheadOfNextBy());
        assertEquals(1, ranking.get(3).score().previousWins());
        assertNull(ranking.get(3).aheadOfNextBy());
    }

    @Test
    void electionTablesHoldTheRankingExclusionsAndDiscardedVotes() {
        List<cn.qinglian.award.output.ElectionTable.Sheet> sheets = cn.qinglian.award.output.ElectionTable.sheets(evaluate(), ZH);
        assertEquals(List.of("排名", "提名", "不计的票", "过程记录"), sheets.stream().map(sheet -> sheet.name()).toList());
        List<List<Object>> ranking = sheets.get(0).rows();
        assertEquals(6, ranking.size(), "4 ranked, 新人 and 外所 excluded");
        assertEquals(List.of(1, "李二", "P102", new java.math.BigDecimal("50.00"), 4), ranking.get(0).subList(0, 5));
        assertEquals("有效票多者在前", ranking.get(0).get(6));
        assertEquals(List.of("新人", "现任岗位满最短任职期：自 2019-09-01 起任民警，截至 2019-11-30 满 2 个月，不足 6 个月"),
                List.of(ranking.get(4).get(1), ranking.get(4).get(5)));
        assertEquals(List.of(LocalDate.of(2019, 12, 8), "孙六", "王一", "超出每人 3 票的上限"), sheets.get(2).rows().get(0));
    }
}
