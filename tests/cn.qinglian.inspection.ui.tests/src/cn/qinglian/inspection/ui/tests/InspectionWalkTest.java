package cn.qinglian.inspection.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import cn.qinglian.inspection.InspectionPart;
import cn.qinglian.inspection.evidence.EvidenceStore;
import cn.qinglian.inspection.ui.ComplaintQueueView;
import cn.qinglian.inspection.ui.InspectionPerspective;
import cn.qinglian.inspection.ui.InspectionWorkflow;
import cn.qinglian.inspection.ui.LedgerView;
import cn.qinglian.inspection.ui.OverdueView;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.EvidenceFile;
import cn.qinglian.inspection.model.ComplaintStatus;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.model.RectificationState;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.testing.RunningWorkbench;
import cn.qinglian.ui.testing.Screenshots;
import cn.qinglian.ui.testing.Ui;

/**
 * The real workbench on the shipped L-district sample: in the 巡察 perspective a complaint from the queue
 * becomes a finding with a rectification, which is moved on to 已销号 step by step (each step one command,
 * undoable); the complainant stays hidden until a logged reveal; the result is saved into inspection.qinglian.
 */
class InspectionWalkTest {

    @Test
    void complaintBecomesAFindingWhoseRectificationIsClosed() throws Exception {
        Path workspace = Ui.copyOfSample();
        RunningWorkbench.run(List.of("--workspace", workspace.toString()), InspectionWalkTest::walk);
        String saved = Files.readString(workspace.resolve(InspectionPart.FILE_NAME), StandardCharsets.UTF_8);
        assertTrue(saved.contains("measure=\"清退宴请费用并作出书面检查\""), "the new rectification was saved");
        assertTrue(saved.contains("reason=\"整改完成，同意销号\""), "its closing was saved");
    }

    private static void walk(IWorkbench workbench) throws Exception {
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
        workbench.showPerspective(InspectionPerspective.ID, workbench.getActiveWorkbenchWindow());
        ComplaintQueueView queue = (ComplaintQueueView) page.showView(ComplaintQueueView.ID);
        LedgerView ledger = (LedgerView) page.showView(LedgerView.ID);
        assertNotNull(page.findView(OverdueView.ID), "the overdue view is part of the perspective");
        WorkspaceSession session = queue.getSite().getService(WorkspaceSession.class);
        InspectionRoot root = new InspectionWorkflow(session, java.time.Clock.systemDefaultZone()).root().orElseThrow();
        java.time.LocalDate sampleDay = java.time.LocalDate.of(2019, 12, 31);
        queue.setAsOf(sampleDay);
        ledger.setAsOf(sampleDay);
        ((OverdueView) page.findView(OverdueView.ID)).setAsOf(sampleDay);
        Screenshots.settle(workbench.getDisplay(), 300);

        // the queue: unhandled complaints, nearest deadline first, complainant hidden
        List<Complaint> shown = queue.shown();
        assertFalse(shown.isEmpty());
        assertTrue(shown.stream().noneMatch(c -> c.getHandledOn() != null));
        Complaint complaint = shown.get(0);
        assertEquals(complaint, queue.viewer().getTable().getItem(0).getData());
        assertEquals("（保密）", queue.viewer().getTable().getItem(0).getText(5));
        Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()), "inspection-1-queue");

        // an explicit reveal is logged and cannot be undone
        int reveals = root.getReveals().size();
        String identity = queue.reveal(complaint, "核实举报人身份以便回访");
        assertEquals(complaint.getComplainant() == null ? "" : complaint.getComplainant().getName(),
                identity.isEmpty() ? "" : identity.split("，")[0]);
        assertEquals(reveals + 1, root.getReveals().size());
        assertEquals(System.getProperty("user.name"), root.getReveals().get(reveals).getBy());
        assertFalse(session.commandStack().canUndo(), "a reveal cannot be undone");
        assertEquals("（保密）", queue.viewer().getTable().getItem(0).getText(5), "still hidden in the queue");

        // complaint -> finding with an open rectification, one command
        Rectification rectification = queue.findingWithRectification(complaint, "接受管理对象宴请", "清退宴请费用并作出书面检查");
        assertEquals(ComplaintStatus.INVESTIGATING, complaint.getStatus());
        assertEquals(RectificationState.OPEN, rectification.getState());
        assertEquals(complaint, rectification.getFinding().getComplaint());
        ledger.setFilter("清退宴请费用并作出书面检查", 0, 0);
        assertEquals(List.of(rectification), ledger.shown());
        assertEquals("待整改", ledger.viewer().getTree().getItem(0).getText(8));

        // open -> in progress -> submitted -> verified -> closed, each one command
        ledger.advance(rectification, RectificationState.IN_PROGRESS, "已制定整改方案");
        ledger.advance(rectification, RectificationState.SUBMITTED, "整改材料已报送");
        ledger.advance(rectification, RectificationState.VERIFIED, "现场核查整改到位");
        ledger.advance(rectification, RectificationState.CLOSED, "整改完成，同意销号");
        assertEquals(4, rectification.getTransitions().size());
        assertEquals(System.getProperty("user.name"), rectification.getTransitions().get(3).getBy());
        TreeItem row = ledger.viewer().getTree().getItem(0);
        assertEquals("已销号", row.getText(8));
        session.commandStack().undo();
        assertEquals("已验收", ledger.viewer().getTree().getItem(0).getText(8), "undo went back one step");
        session.commandStack().redo();
        assertEquals("已销号", ledger.viewer().getTree().getItem(0).getText(8));

        // 一案双查: a case on the finding proposes the responsible leaders of the target's post
        var opened = ledger.openCase(rectification).orElseThrow();
        assertTrue(root.getCases().contains(opened));
        assertEquals(complaint.getTargetPerson(), opened.getSubject());
        assertFalse(opened.getSecondInvestigations().isEmpty(), "responsible leaders proposed");
        assertEquals(cn.qinglian.inspection.model.LeaderResponsibility.HEAD_OF_UNIT,
                opened.getSecondInvestigations().get(0).getResponsibility());

        // the complaint is handled and leaves the queue
        queue.handle(complaint, "经查属实，已整改销号");
        assertFalse(queue.shown().contains(complaint));
        assertEquals(ComplaintStatus.HANDLED, complaint.getStatus());

        // liaison-station feedback becomes a complaint in one step and joins the queue
        cn.qinglian.inspection.ui.LiaisonStationView stations = (cn.qinglian.inspection.ui.LiaisonStationView) page
                .showView(cn.qinglian.inspection.ui.LiaisonStationView.ID);
        var feedback = stations.shown().stream().filter(f -> f.getComplaint() == null && f.getFinding() == null)
                .findFirst().orElseThrow();
        Complaint fromFeedback = stations.toComplaint(feedback);
        assertEquals(fromFeedback, feedback.getComplaint());
        assertEquals(cn.qinglian.inspection.model.ComplaintChannel.LIAISON_STATION, fromFeedback.getChannel());
        assertTrue(queue.shown().contains(fromFeedback), "the new complaint is in the queue");
        page.showView(OverdueView.ID);

        // grouping by state shows the group with its count
        ledger.setFilter("", 0, 2);
        assertTrue(ledger.viewer().getTree().getItemCount() >= 4, "one group per state");
        ledger.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(rectification), true);
        Screenshots.settle(workbench.getDisplay(), 300);
        Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()), "inspection-2-closed");

        // evidence: copied into the workspace with its hash, a later change of the copy is detected
        Path source = Files.createTempFile("invoice", ".txt");
        Files.writeString(source, "宴请发票复印件", StandardCharsets.UTF_8);
        EvidenceFile evidence = ledger.attachEvidence(rectification, source).orElseThrow();
        assertEquals(List.of(evidence), rectification.getFinding().getEvidence());
        assertEquals(EvidenceStore.sha256(source), evidence.getSha256());
        Path stored = session.workspace().folder().resolve(evidence.getStoredPath());
        assertEquals("宴请发票复印件", Files.readString(stored, StandardCharsets.UTF_8));
        assertTrue(ledger.evidenceReport(rectification).contains("：完好"), ledger.evidenceReport(rectification));
        Files.writeString(stored, "改过的发票", StandardCharsets.UTF_8);
        assertTrue(ledger.evidenceReport(rectification).contains("登记后已被改动"), ledger.evidenceReport(rectification));
        session.save();
    }
}
