package cn.qinglian.inspection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.inspection.cases.SecondInvestigations;
import cn.qinglian.inspection.commands.InspectionCommands;
import cn.qinglian.inspection.filing.FilingCrossCheck;
import cn.qinglian.inspection.model.ComplainantType;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.Decision;
import cn.qinglian.inspection.model.Enterprise;
import cn.qinglian.inspection.model.EnterpriseInspectionFiling;
import cn.qinglian.inspection.model.InspectionFactory;
import cn.qinglian.inspection.model.InvestigationCase;
import cn.qinglian.inspection.model.LeaderInvestigation;
import cn.qinglian.inspection.model.LeaderResponsibility;
import cn.qinglian.inspection.model.Pledge;
import cn.qinglian.inspection.model.PledgeSignature;
import cn.qinglian.inspection.pledge.PledgeCoverage;
import cn.qinglian.model.UnitKind;

class CasesAndChecksTest {

    private final District d = new District();

    @Test
    void openingACaseProposesTheHeadAndTheLeaderInChargeAsSecondInvestigation() {
        InvestigationCase c = District.id(InspectionFactory.eINSTANCE.createInvestigationCase());
        c.setTitle("陈队员接受宴请案");
        c.setSubject(d.officerPerson);
        c.setSubjectPost(d.officer);
        c.setOpenedOn(LocalDate.of(2019, 11, 1));
        List<LeaderInvestigation> proposed = new SecondInvestigations(OrganisationIndex.of(d.organisation)).propose(c,
                District.AS_OF);
        assertEquals(List.of("周所长 HEAD_OF_UNIT", "赵区长 LEADER_IN_CHARGE"),
                proposed.stream().map(i -> i.getLeader().getName() + " " + i.getResponsibility()).toList());
        d.domain.getCommandStack().execute(InspectionCommands.openCase(d.domain, d.root, c, proposed).command());
        assertEquals(1, d.root.getCases().size());
        assertFalse(SecondInvestigations.isComplete(c));
        c.setDecision(Decision.PARTY_DISCIPLINE);
        assertFalse(SecondInvestigations.isComplete(c));
        c.getSecondInvestigations().forEach(i -> i.setDecision(Decision.TALK_REMINDER));
        assertTrue(SecondInvestigations.isComplete(c));
        assertEquals(LeaderResponsibility.HEAD_OF_UNIT, c.getSecondInvestigations().get(0).getResponsibility());
    }

    @Test
    void theHeadHimselfHasOnlyTheLeaderInCharge() {
        InvestigationCase c = District.id(InspectionFactory.eINSTANCE.createInvestigationCase());
        c.setSubject(d.chiefPerson);
        c.setSubjectPost(d.chief);
        List<LeaderInvestigation> proposed = new SecondInvestigations(OrganisationIndex.of(d.organisation)).propose(c,
                District.AS_OF);
        assertEquals(List.of("赵区长"), proposed.stream().map(i -> i.getLeader().getName()).toList());
    }

    @Test
    void aComplaintAboutAnInspectionWithoutFilingIsFlagged() {
        Enterprise enterprise = District.id(InspectionFactory.eINSTANCE.createEnterprise());
        enterprise.setName("温华泰鞋业有限公司");
        d.root.getEnterprises().add(enterprise);
        EnterpriseInspectionFiling filing = District.id(InspectionFactory.eINSTANCE.createEnterpriseInspectionFiling());
        filing.setEnterprise(enterprise);
        filing.setOfficer(d.officerPerson);
        filing.setDate(LocalDate.of(2019, 5, 6));
        d.root.getEnterpriseFilings().add(filing);
        Complaint filed = ComplaintsTest.complaint(d, ComplainantType.KEY_ENTERPRISE, LocalDate.of(2019, 5, 8));
        filed.setEnterprise(enterprise);
        filed.setInspectionDate(LocalDate.of(2019, 5, 6));
        Complaint unfiled = ComplaintsTest.complaint(d, ComplainantType.KEY_ENTERPRISE, LocalDate.of(2019, 5, 8));
        unfiled.setEnterprise(enterprise);
        unfiled.setInspectionDate(LocalDate.of(2019, 5, 7));
        Complaint other = ComplaintsTest.complaint(d, ComplainantType.CITIZEN, LocalDate.of(2019, 5, 8));
        other.setEnterprise(enterprise);
        other.setInspectionDate(LocalDate.of(2019, 5, 6));
        other.setTargetPerson(d.chiefPerson);
        assertEquals(List.of(unfiled, other),
                new FilingCrossCheck(d.root).unfiled().stream().map(FilingCrossCheck.UnfiledInspection::source).toList());
    }

    @Test
    void coverageListsWhoInScopeHasNotSignedTheCurrentVersion() {
        Pledge v1 = pledge(1);
        Pledge v2 = pledge(2);
        sign(d.chiefPerson, v2);
        sign(d.officerPerson, v1);
        PledgeCoverage.Coverage coverage = PledgeCoverage.of(d.root, d.organisation, District.AS_OF);
        assertEquals(v2, coverage.current());
        assertEquals(List.of(d.chiefPerson, d.officerPerson), coverage.inScope());
        assertEquals(List.of(d.officerPerson), coverage.unsigned());
    }

    private Pledge pledge(int version) {
        Pledge pledge = District.id(InspectionFactory.eINSTANCE.createPledge());
        pledge.setVersion(version);
        pledge.getScope().add(UnitKind.STATION);
        d.root.getPledges().add(pledge);
        return pledge;
    }

    private void sign(cn.qinglian.model.Person person, Pledge pledge) {
        PledgeSignature s = District.id(InspectionFactory.eINSTANCE.createPledgeSignature());
        s.setPerson(person);
        s.setPledge(pledge);
        d.root.getSignatures().add(s);
    }
}
