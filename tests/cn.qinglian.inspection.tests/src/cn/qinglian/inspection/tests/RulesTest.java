package cn.qinglian.inspection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.dashboard.ContributedFigure;
import cn.qinglian.core.validation.WorkspaceValidator;
import cn.qinglian.inspection.dashboard.InspectionFigures;
import cn.qinglian.inspection.model.ComplainantType;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.Decision;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.InspectionFactory;
import cn.qinglian.inspection.model.InvestigationCase;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.model.RectificationState;
import cn.qinglian.inspection.validation.InspectionRules;

class RulesTest {

    private final District d = new District();
    private final LocalDate asOf = LocalDate.of(2019, 12, 31);

    private List<String> problems(Locale locale) {
        Diagnostic result = new WorkspaceValidator(InspectionRules.all()).validate(d.organisation, asOf, locale);
        return result.getChildren().stream().map(c -> c.getSource() + " " + c.getCode() + " " + c.getMessage())
                .toList();
    }

    private Rectification rectification(String measure, LocalDate deadline, boolean owner) {
        Finding finding = District.id(InspectionFactory.eINSTANCE.createFinding());
        finding.setTitle("节日收受企业购物卡");
        d.root.getFindings().add(finding);
        Rectification r = District.id(InspectionFactory.eINSTANCE.createRectification());
        r.setFinding(finding);
        r.setMeasure(measure);
        r.setDeadline(deadline);
        r.setOwnerPost(owner ? d.chief : null);
        d.root.getRectifications().add(r);
        return r;
    }

    @Test
    void aCleanModuleHasNoProblems() {
        rectification("清退购物卡", LocalDate.of(2020, 3, 1), true);
        assertEquals(List.of(), problems(Locale.CHINA));
    }

    @Test
    void rectificationWithoutOwnerOrDeadlineIsReportedInChineseAndEnglish() {
        rectification("清退购物卡", null, false);
        assertEquals(List.of(
                "inspection.rectification-owner 1 整改「清退购物卡」（问题：问题「节日收受企业购物卡」）没有整改责任岗位",
                "inspection.rectification-owner 2 整改「清退购物卡」（责任岗位 -）没有整改时限"), problems(Locale.CHINA));
        assertEquals("inspection.rectification-owner 1 Rectification「清退购物卡」 (of Finding「节日收受企业购物卡」) has no owner post",
                problems(Locale.ENGLISH).get(0));
    }

    @Test
    void overdueRectificationIsReportedUntilVerified() {
        Rectification r = rectification("清退购物卡", LocalDate.of(2019, 12, 1), true);
        assertEquals(List.of("inspection.rectification-overdue 1 整改「清退购物卡」 已逾期：时限 2019-12-01，已超 30 天，状态“待整改”，"
                + "责任岗位 L区/区市场监管局/城东市场监管所#所长"), problems(Locale.CHINA));
        r.setState(RectificationState.VERIFIED);
        assertEquals(List.of(), problems(Locale.CHINA));
    }

    @Test
    void caseWithoutSecondInvestigationIsReported() {
        InvestigationCase c = District.id(InspectionFactory.eINSTANCE.createInvestigationCase());
        c.setTitle("陈队员收礼案");
        c.setSubject(d.officerPerson);
        c.setDecision(Decision.PARTY_DISCIPLINE);
        d.root.getCases().add(c);
        assertEquals(List.of("inspection.case-second-investigation 1 案件「陈队员收礼案」（当事人 陈队员）没有对责任领导的调查（一案双查）"),
                problems(Locale.CHINA));
    }

    @Test
    void complaintPastItsFastTrackDeadlineIsAnErrorWithoutTheComplainant() {
        Complaint c = ComplaintsTest.complaint(d, ComplainantType.NPC_DEPUTY, LocalDate.of(2019, 12, 20));
        Diagnostic result = new WorkspaceValidator(InspectionRules.all()).validate(d.organisation, asOf, Locale.CHINA);
        assertEquals(Diagnostic.ERROR, result.getChildren().get(0).getSeverity());
        assertEquals(List.of("inspection.complaint-deadline 1 投诉 TS001 已过快查快处时限 2019-12-23（人大代表，经微信），尚未办结"),
                problems(Locale.CHINA));
        assertFalse(String.join("", problems(Locale.CHINA)).contains("林秀英"));
        c.setHandledOn(LocalDate.of(2019, 12, 22));
        assertEquals(List.of(), problems(Locale.CHINA));
    }

    @Test
    void dashboardCountsOpenAndOverdueRectificationsAndComplaintsDue() {
        rectification("a", LocalDate.of(2019, 12, 1), true);
        rectification("b", LocalDate.of(2020, 2, 1), true).setState(RectificationState.CLOSED);
        rectification("c", LocalDate.of(2020, 2, 1), true);
        ComplaintsTest.complaint(d, ComplainantType.CITIZEN, LocalDate.of(2019, 12, 27));
        ComplaintsTest.complaint(d, ComplainantType.CITIZEN, LocalDate.of(2019, 12, 1));
        List<ContributedFigure> figures = new InspectionFigures().figures(d.organisation, asOf, Locale.CHINA);
        assertEquals(List.of("未销号整改=2", "逾期整改=1", "3 天内到期投诉=1", "超时限投诉=1"),
                figures.stream().map(f -> f.label() + "=" + f.value()).toList());
    }
}
