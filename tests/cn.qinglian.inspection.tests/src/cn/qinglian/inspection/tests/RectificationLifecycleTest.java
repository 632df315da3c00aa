package cn.qinglian.inspection.tests;

import static cn.qinglian.inspection.model.RectificationState.CLOSED;
import static cn.qinglian.inspection.model.RectificationState.IN_PROGRESS;
import static cn.qinglian.inspection.model.RectificationState.OPEN;
import static cn.qinglian.inspection.model.RectificationState.SUBMITTED;
import static cn.qinglian.inspection.model.RectificationState.VERIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.qinglian.inspection.commands.InspectionCommands;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.InspectionFactory;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.model.RectificationState;
import cn.qinglian.inspection.model.StateTransition;
import cn.qinglian.inspection.rectification.IllegalTransitionException;
import cn.qinglian.inspection.rectification.IllegalTransitionException.Reason;
import cn.qinglian.inspection.rectification.RectificationLifecycle;

class RectificationLifecycleTest {

    private final District d = new District();
    private final LocalDateTime at = LocalDateTime.of(2019, 6, 1, 9, 30);

    private Rectification rectification() {
        Finding finding = District.id(InspectionFactory.eINSTANCE.createFinding());
        finding.setTitle("接受管理对象宴请");
        d.domain.getCommandStack().execute(
                org.eclipse.emf.edit.command.AddCommand.create(d.domain, d.root,
                        cn.qinglian.inspection.model.InspectionPackage.Literals.INSPECTION_ROOT__FINDINGS, finding));
        var creation = InspectionCommands.rectify(d.domain, d.root, finding, "清退违规所得", d.chief,
                LocalDate.of(2019, 9, 30));
        d.domain.getCommandStack().execute(creation.command());
        return creation.created();
    }

    private void move(Rectification r, RectificationState to, String reason) throws IllegalTransitionException {
        d.domain.getCommandStack().execute(InspectionCommands.transition(d.domain, r, to, "李巡察", at, reason));
    }

    @Test
    void walksFromOpenToClosedRecordingWhoWhenAndWhy() throws Exception {
        Rectification r = rectification();
        assertEquals(OPEN, r.getState());
        move(r, IN_PROGRESS, "制定整改方案");
        move(r, SUBMITTED, "报送整改材料");
        move(r, VERIFIED, "现场核查到位");
        move(r, CLOSED, "同意销号");
        assertEquals(CLOSED, r.getState());
        assertEquals(List.of("OPEN->IN_PROGRESS", "IN_PROGRESS->SUBMITTED", "SUBMITTED->VERIFIED", "VERIFIED->CLOSED"),
                r.getTransitions().stream().map(t -> t.getFrom() + "->" + t.getTo()).toList());
        StateTransition last = r.getTransitions().get(3);
        assertEquals("李巡察", last.getBy());
        assertEquals(at, last.getAt());
        assertEquals("同意销号", last.getReason());
        assertFalse(RectificationLifecycle.isOpen(r));
    }

    @Test
    void closedRectificationCanBeReopenedAndUndoRestoresState() throws Exception {
        Rectification r = rectification();
        move(r, IN_PROGRESS, "a");
        move(r, SUBMITTED, "b");
        move(r, VERIFIED, "c");
        move(r, CLOSED, "d");
        move(r, OPEN, "回访发现问题反弹");
        assertEquals(OPEN, r.getState());
        assertEquals(5, r.getTransitions().size());
        d.domain.getCommandStack().undo();
        assertEquals(CLOSED, r.getState());
        assertEquals(4, r.getTransitions().size());
    }

    @Test
    void skippingAStepIsRefused() {
        Rectification r = rectification();
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> move(r, CLOSED, "直接销号"));
        assertEquals(Reason.NOT_ALLOWED, e.reason());
        assertEquals(OPEN, r.getState());
        assertTrue(r.getTransitions().isEmpty());
    }

    @Test
    void aTransitionNeedsAReasonAndSomeone() {
        Rectification r = rectification();
        assertEquals(Reason.NO_REASON, assertThrows(IllegalTransitionException.class,
                () -> move(r, IN_PROGRESS, "  ")).reason());
        assertEquals(Reason.NO_ACTOR, assertThrows(IllegalTransitionException.class,
                () -> RectificationLifecycle.transition(r, IN_PROGRESS, "", at, "x")).reason());
    }

    @Test
    void submittedWorkCanBeSentBack() throws Exception {
        Rectification r = rectification();
        move(r, IN_PROGRESS, "a");
        move(r, SUBMITTED, "b");
        assertEquals(List.of(IN_PROGRESS, VERIFIED), RectificationLifecycle.next(SUBMITTED));
        move(r, IN_PROGRESS, "材料不全，退回");
        assertEquals(IN_PROGRESS, r.getState());
    }

    @Test
    void overdueMeansPastDeadlineAndNotYetVerified() throws Exception {
        Rectification r = rectification();
        assertFalse(RectificationLifecycle.isOverdue(r, LocalDate.of(2019, 9, 30)));
        assertTrue(RectificationLifecycle.isOverdue(r, LocalDate.of(2019, 10, 1)));
        move(r, IN_PROGRESS, "a");
        move(r, SUBMITTED, "b");
        move(r, VERIFIED, "c");
        assertFalse(RectificationLifecycle.isOverdue(r, LocalDate.of(2019, 10, 1)));
    }
}
