package cn.qinglian.award.bridges.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import cn.qinglian.award.AwardContributions;
import cn.qinglian.award.election.ElectionEvaluation;
import cn.qinglian.award.election.ElectionResult;
import cn.qinglian.award.eligibility.Eligibility;
import cn.qinglian.award.eligibility.EligibilityRule;
import cn.qinglian.award.eligibility.Exclusion;
import cn.qinglian.award.inspection.CleanRecordRule;
import cn.qinglian.award.inspection.PledgeSignedRule;
import cn.qinglian.award.model.NominationKind;
import cn.qinglian.award.scoring.Scoring;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.ComplaintStatus;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.InspectionFactory;
import cn.qinglian.inspection.model.Pledge;
import cn.qinglian.inspection.model.PledgeSignature;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.model.RectificationState;
import cn.qinglian.model.UnitKind;

/** The award rules of the inspection bridge, on {@link BridgeFixture}'s election of 2019-11 (judged on 2019-11-30). */
class InspectionBridgeTest {

    private static final InspectionFactory INSPECTION = InspectionFactory.eINSTANCE;
    private final BridgeFixture f = new BridgeFixture();
    private final EligibilityRule cleanRecord = new CleanRecordRule();

    private Finding finding(String title, LocalDate foundOn, RectificationState... rectifications) {
        Finding finding = INSPECTION.createFinding();
        finding.setTitle(title);
        finding.setFoundOn(foundOn);
        finding.getPersons().add(f.wang);
        f.inspection.getFindings().add(finding);
        for (RectificationState state : rectifications) {
            Rectification rectification = INSPECTION.createRectification();
            rectification.setFinding(finding);
            rectification.setState(state);
            f.inspection.getRectifications().add(rectification);
        }
        return finding;
    }

    @Test
    void aPersonWithAnOpenFindingIsExcludedWithTheFindingNamed() {
        finding("违规接受企业宴请", LocalDate.of(2019, 5, 20), RectificationState.SUBMITTED);
        assertEquals(Optional.of("近 12 个月内被列入问题“违规接受企业宴请”（2019-05-20 发现），尚未整改完毕"),
                cleanRecord.exclusionReason(f.wang, f.context()));
        assertEquals(Optional.empty(), cleanRecord.exclusionReason(f.li, f.context()));
    }

    @Test
    void aClosedOrOldFindingDoesNotExclude() {
        finding("作风效能问题", LocalDate.of(2019, 5, 20), RectificationState.CLOSED);
        finding("违规收礼", LocalDate.of(2018, 11, 29));
        assertEquals(Optional.empty(), cleanRecord.exclusionReason(f.wang, f.context()));
        finding("选择性执法", LocalDate.of(2018, 11, 30));
        assertTrue(cleanRecord.exclusionReason(f.wang, f.context()).orElseThrow().contains("选择性执法"),
                "2018-11-30 is within 12 months of 2019-11-30");
    }

    @Test
    void aComplaintUnderInvestigationExcludesWithoutNamingTheComplainant() {
        Complaint complaint = INSPECTION.createComplaint();
        complaint.setNumber("TS-2019-017");
        complaint.setReceivedOn(LocalDate.of(2019, 10, 8));
        complaint.setTargetPerson(f.li);
        complaint.setSummary("机密：投诉人称被索要好处费");
        complaint.setStatus(ComplaintStatus.ACKNOWLEDGED);
        f.inspection.getComplaints().add(complaint);
        assertEquals(Optional.empty(), cleanRecord.exclusionReason(f.li, f.context()));
        complaint.setStatus(ComplaintStatus.INVESTIGATING);
        assertEquals(Optional.of("近 12 个月内的投诉 TS-2019-017（2019-10-08 受理）正在调查"),
                cleanRecord.exclusionReason(f.li, f.context()));
    }

    @Test
    void theCurrentPledgeMustBeSignedByThoseInItsScope() {
        EligibilityRule pledgeSigned = new PledgeSignedRule();
        assertEquals(Optional.empty(), pledgeSigned.exclusionReason(f.wang, f.context()), "no pledge, nobody excluded");
        Pledge first = pledge(1, LocalDate.of(2018, 3, 1));
        Pledge second = pledge(2, LocalDate.of(2019, 6, 1));
        pledge(3, LocalDate.of(2020, 1, 1));
        sign(first);
        assertEquals(Optional.of("截至 2019-11-30 未签署“十不”承诺（第 2 版，2019-06-01 印发）"),
                pledgeSigned.exclusionReason(f.wang, f.context()));
        sign(second);
        assertEquals(Optional.empty(), pledgeSigned.exclusionReason(f.wang, f.context()));
        second.getScope().clear();
        second.getScope().add(UnitKind.VILLAGE_COMMITTEE);
        assertEquals(Optional.empty(), pledgeSigned.exclusionReason(f.li, f.context()), "not in the pledge's scope");
    }

    @Test
    void theInstalledBridgeExcludesInTheElectionsResult() {
        AwardContributions installed = new AwardContributions(Platform.getExtensionRegistry(),
                status -> ILog.of(InspectionBridgeTest.class).log(status));
        List<String> ids = installed.eligibilityRules().stream().map(EligibilityRule::id).toList();
        assertTrue(ids.containsAll(List.of("award.inspection.clean-record", "award.inspection.pledge-signed",
                "award.evaluation.no-accountability", "award.in-scope")), ids.toString());
        finding("违规向企业借款", LocalDate.of(2019, 9, 2));
        cn.qinglian.award.model.Nomination nomination = cn.qinglian.award.model.AwardFactory.eINSTANCE.createNomination();
        nomination.setNominee(f.wang);
        nomination.setNominator(f.li);
        nomination.setKind(NominationKind.COLLEAGUE);
        f.election.getNominations().add(nomination);
        ElectionResult result = new ElectionEvaluation(new Eligibility(installed.eligibilityRules()),
                new Scoring(installed.scoringCriteria())).evaluate(f.organisation, f.book, f.election, Locale.SIMPLIFIED_CHINESE);
        List<Exclusion> exclusions = result.eligibility(f.wang).orElseThrow().exclusions();
        assertEquals(List.of(new Exclusion("award.inspection.clean-record", "近期无未整改问题或在查投诉",
                "近 12 个月内被列入问题“违规向企业借款”（2019-09-02 发现），尚未整改完毕")), exclusions);
        assertEquals(List.of(), result.ranking());
    }

    private Pledge pledge(int version, LocalDate issuedOn) {
        Pledge pledge = INSPECTION.createPledge();
        pledge.setTitle("“十不”承诺");
        pledge.setVersion(version);
        pledge.setIssuedOn(issuedOn);
        pledge.getScope().add(UnitKind.STATION);
        f.inspection.getPledges().add(pledge);
        return pledge;
    }

    private void sign(Pledge pledge) {
        PledgeSignature signature = INSPECTION.createPledgeSignature();
        signature.setPerson(f.wang);
        signature.setPledge(pledge);
        signature.setSignedOn(pledge.getIssuedOn().plusDays(3));
        f.inspection.getSignatures().add(signature);
    }
}
