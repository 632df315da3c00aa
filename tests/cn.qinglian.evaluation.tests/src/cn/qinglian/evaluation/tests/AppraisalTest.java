package cn.qinglian.evaluation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.qinglian.evaluation.EvaluationTexts;
import cn.qinglian.evaluation.appraisal.AppraisalResult;
import cn.qinglian.evaluation.appraisal.AppraisalTallies;
import cn.qinglian.evaluation.appraisal.BallotBox;
import cn.qinglian.evaluation.appraisal.BallotRejectedException;
import cn.qinglian.evaluation.appraisal.BallotRejectedException.Reason;
import cn.qinglian.evaluation.appraisal.CandidateTally;
import cn.qinglian.evaluation.appraisal.VoterTokens;
import cn.qinglian.evaluation.export.EvaluationExports;
import cn.qinglian.evaluation.export.Sheet;
import cn.qinglian.evaluation.model.Appraisal;
import cn.qinglian.evaluation.model.AppraisalGrade;
import cn.qinglian.evaluation.model.EvaluationFactory;
import cn.qinglian.model.Person;

/** Democratic appraisal (民主评议): ballots cast once with issued tokens, tallies, anonymity of results. */
class AppraisalTest {

    private Town town;
    private Appraisal appraisal;
    private Person zhou;
    private Person qian;
    private final BallotBox box = new BallotBox(() -> UUID.randomUUID().toString());

    @BeforeEach
    void setUp() {
        town = Town.standard();
        zhou = town.person("周所长");
        qian = town.person("钱队员");
        appraisal = EvaluationFactory.eINSTANCE.createAppraisal();
        appraisal.setId(UUID.randomUUID().toString());
        appraisal.setName("2019年度民主评议");
        appraisal.getCandidates().addAll(List.of(zhou, qian));
        appraisal.setEligibleVoters(4);
        appraisal.getIssuedTokens().addAll(List.of("TOKEN-A", "TOKEN-B", "TOKEN-C", "TOKEN-D"));
        town.evaluation.getAppraisals().add(appraisal);
    }

    private void cast(String token, AppraisalGrade forZhou, AppraisalGrade forQian) throws BallotRejectedException {
        appraisal.getBallots().add(box.cast(appraisal, token, forQian == null ? Map.of(zhou, forZhou)
                : Map.of(zhou, forZhou, qian, forQian)));
    }

    @Test
    void talliesCountEachGradeAndParticipationIsBallotsPerEligibleVoter() throws Exception {
        cast("TOKEN-A", AppraisalGrade.EXCELLENT, AppraisalGrade.COMPETENT);
        cast("TOKEN-B", AppraisalGrade.EXCELLENT, AppraisalGrade.INCOMPETENT);
        cast("TOKEN-C", AppraisalGrade.BASICALLY_COMPETENT, null);
        AppraisalResult result = AppraisalTallies.of(appraisal);
        assertEquals(3, result.ballots());
        assertEquals(new BigDecimal("75.0"), result.participationPercent());
        CandidateTally forZhou = result.tallies().get(0);
        assertEquals(zhou, forZhou.candidate());
        assertEquals(2, forZhou.count(AppraisalGrade.EXCELLENT));
        assertEquals(1, forZhou.count(AppraisalGrade.BASICALLY_COMPETENT));
        assertEquals(3, forZhou.marked());
        assertEquals(new BigDecimal("66.7"), forZhou.competentPercent());
        CandidateTally forQian = result.tallies().get(1);
        assertEquals(2, forQian.marked()); // 钱队员 was left unmarked on one ballot
        assertEquals(new BigDecimal("50.0"), forQian.competentPercent());
        assertEquals(AppraisalGrade.COMPETENT, forQian.leadingGrade()); // 1:1 tie goes to the better grade
    }

    @Test
    void aBallotIsCastOncePerToken() throws Exception {
        cast("TOKEN-A", AppraisalGrade.EXCELLENT, AppraisalGrade.COMPETENT);
        BallotRejectedException again = assertThrows(BallotRejectedException.class,
                () -> cast("TOKEN-A", AppraisalGrade.INCOMPETENT, AppraisalGrade.INCOMPETENT));
        assertEquals(Reason.ALREADY_CAST, again.reason());
        assertEquals(1, AppraisalTallies.of(appraisal).tallies().get(0).marked());
    }

    @Test
    void tokensNotIssuedClosedAppraisalsAndNonCandidatesAreRefused() {
        assertEquals(Reason.UNKNOWN_TOKEN, assertThrows(BallotRejectedException.class,
                () -> cast("FORGED", AppraisalGrade.EXCELLENT, null)).reason());
        assertEquals(Reason.NOT_A_CANDIDATE, assertThrows(BallotRejectedException.class,
                () -> box.cast(appraisal, "TOKEN-A", Map.of(town.person("赵区长"), AppraisalGrade.EXCELLENT))).reason());
        appraisal.setClosed(true);
        assertEquals(Reason.CLOSED, assertThrows(BallotRejectedException.class,
                () -> cast("TOKEN-B", AppraisalGrade.EXCELLENT, null)).reason());
    }

    @Test
    void ballotsWithForgedOrReusedTokensInTheFileAreNotCounted() throws Exception {
        cast("TOKEN-A", AppraisalGrade.EXCELLENT, AppraisalGrade.EXCELLENT);
        appraisal.getBallots().add(copyOf(appraisal.getBallots().get(0).getToken()));
        appraisal.getBallots().add(copyOf("FORGED"));
        assertEquals(1, AppraisalTallies.of(appraisal).ballots());
        assertEquals(1, AppraisalTallies.of(appraisal).tallies().get(0).count(AppraisalGrade.EXCELLENT));
    }

    private cn.qinglian.evaluation.model.Ballot copyOf(String token) {
        var ballot = EvaluationFactory.eINSTANCE.createBallot();
        ballot.setToken(token);
        var mark = EvaluationFactory.eINSTANCE.createBallotMark();
        mark.setCandidate(zhou);
        mark.setGrade(AppraisalGrade.EXCELLENT);
        ballot.getMarks().add(mark);
        return ballot;
    }

    @Test
    void resultsKeepVotersAnonymous() throws Exception {
        cast("TOKEN-A", AppraisalGrade.EXCELLENT, AppraisalGrade.COMPETENT);
        cast("TOKEN-D", AppraisalGrade.COMPETENT, AppraisalGrade.COMPETENT);
        AppraisalResult result = AppraisalTallies.of(appraisal);
        // the result holds counts only: no component leads back to a ballot or a token
        assertEquals(List.of(int.class, int.class, List.class), types(AppraisalResult.class));
        assertEquals(List.of(Person.class, Map.class), types(CandidateTally.class));
        assertFalse(result.toString().contains("TOKEN"));
        Sheet sheet = new EvaluationExports(new EvaluationTexts(java.util.Locale.CHINESE)).appraisal(appraisal);
        String cells = sheet.rows().toString() + sheet.headers();
        assertFalse(cells.contains("TOKEN"), cells);
        assertEquals(List.of("被评议人", "优秀", "称职", "基本称职", "不称职", "票数", "优秀和称职率 %"), sheet.headers());
        assertEquals(List.of("周所长", 1, 1, 0, 0, 2, new BigDecimal("100.0")), sheet.rows().get(0));
        assertEquals(List.of("参评率 %", new BigDecimal("50.0")), sheet.rows().get(sheet.rows().size() - 1));
    }

    private static List<Object> types(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType).map(Object.class::cast).toList();
    }

    @Test
    void issuedTokensAreDistinctAndFreeOfLookAlikes() {
        List<String> tokens = VoterTokens.issue(500, new Random(7));
        assertEquals(500, tokens.stream().distinct().count());
        assertFalse(tokens.stream().anyMatch(t -> t.matches(".*[01OIL].*")));
        assertEquals(8, tokens.get(0).length());
    }
}
