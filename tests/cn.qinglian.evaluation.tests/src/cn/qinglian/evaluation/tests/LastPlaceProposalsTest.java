package cn.qinglian.evaluation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.qinglian.evaluation.criteria.ComputedCriteria;
import cn.qinglian.evaluation.model.AccountabilityCategory;
import cn.qinglian.evaluation.model.AccountabilityRecord;
import cn.qinglian.evaluation.model.AccountabilityStatus;
import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.CriteriaSet;
import cn.qinglian.evaluation.model.Criterion;
import cn.qinglian.evaluation.scoring.AssessmentScoring;
import cn.qinglian.evaluation.scoring.LastPlaceProposals;
import cn.qinglian.evaluation.scoring.Rankings;

/** 末位 proposed from the last places of a ranking; one criterion 0–100 so the total is the score. */
class LastPlaceProposalsTest {

    private static final LocalDate DATE = LocalDate.of(2020, 1, 15);

    private Town town;
    private Assessment assessment;
    private Criterion criterion;

    @BeforeEach
    void setUp() {
        town = new Town();
        CriteriaSet set = Rounds.criteriaSet(town.evaluation, "站所考核");
        criterion = Rounds.criterion(set, "综合", 1, 0, 100);
        assessment = Rounds.assessment(town.evaluation, "2019年年终考核", set);
        Rounds.entry(assessment, "甲所", "派出所", criterion, 95);
        Rounds.entry(assessment, "乙所", "派出所", criterion, 88);
        Rounds.entry(assessment, "丙所", "派出所", criterion, 80);
        Rounds.entry(assessment, "丁所", "派出所", criterion, 80);
        Rounds.entry(assessment, "戊所", "派出所", criterion, 71);
        Rounds.entry(assessment, "己所", "司法所", criterion, 60);
    }

    private List<AccountabilityRecord> propose() {
        return new LastPlaceProposals(new Rankings(new AssessmentScoring(town.organisation, ComputedCriteria.none())),
                () -> UUID.randomUUID().toString()).propose(assessment, DATE);
    }

    private static List<String> names(List<AccountabilityRecord> records) {
        return records.stream().map(r -> r.getPerson().getName()).toList();
    }

    @Test
    void theLastPlaceOfEachGroupLargerThanTheQuotaIsProposed() {
        List<AccountabilityRecord> records = propose();
        // 司法所 has one entry only: with a quota of 1 everyone there would be last, so nobody is proposed
        assertEquals(List.of("戊所"), names(records));
        AccountabilityRecord record = records.get(0);
        assertEquals(AccountabilityCategory.LAST_PLACE, record.getCategory());
        assertEquals(AccountabilityStatus.PROPOSED, record.getStatus());
        assertEquals(assessment, record.getAssessment());
        assertEquals(DATE, record.getDate());
        assertEquals("2019年年终考核 派出所 5/5 (71.00)", record.getDescription());
    }

    @Test
    void aTieAtTheBoundaryProposesEveryoneSharingTheRank() {
        assessment.setLastPlaces(2);
        // positions 4 and 5 are 丁所 (rank 3, tied with 丙所) and 戊所 (rank 5)
        assertEquals(List.of("丙所", "丁所", "戊所"), names(propose()));
    }

    @Test
    void proposingTwiceAddsNothingNew() {
        town.evaluation.getAccountabilityRecords().addAll(propose());
        assertTrue(propose().isEmpty());
    }

    @Test
    void aQuotaOfZeroProposesNobody() {
        assessment.setLastPlaces(0);
        assertTrue(propose().isEmpty());
    }
}
