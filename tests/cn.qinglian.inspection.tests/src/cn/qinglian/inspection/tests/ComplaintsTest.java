package cn.qinglian.inspection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.inspection.commands.InspectionCommands;
import cn.qinglian.inspection.complaint.ComplainantIdentity;
import cn.qinglian.inspection.complaint.ComplaintDeadlines;
import cn.qinglian.inspection.model.Complainant;
import cn.qinglian.inspection.model.ComplainantType;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.ComplaintStatus;
import cn.qinglian.inspection.model.InspectionFactory;

class ComplaintsTest {

    private final District d = new District();

    static Complaint complaint(District d, ComplainantType type, LocalDate received) {
        Complaint c = District.id(InspectionFactory.eINSTANCE.createComplaint());
        c.setNumber("TS001");
        c.setComplainantType(type);
        c.setReceivedOn(received);
        c.setSummary("反映检查过多过频");
        c.setTargetUnit(d.station);
        c.setTargetPost(d.officer);
        c.setTargetPerson(d.officerPerson);
        Complainant who = InspectionFactory.eINSTANCE.createComplainant();
        who.setName("林秀英");
        who.setContact("13757700001");
        who.setOrganisation("温华泰鞋业有限公司");
        c.setComplainant(who);
        d.root.getComplaints().add(c);
        return c;
    }

    @Test
    void deputiesAndKeyEnterprisesGetTheShortHandlingDeadline() {
        ComplaintDeadlines deadlines = new ComplaintDeadlines(1, 7, 3);
        LocalDate received = LocalDate.of(2019, 12, 20);
        assertEquals(LocalDate.of(2019, 12, 23), deadlines.handleBy(complaint(d, ComplainantType.NPC_DEPUTY, received)));
        assertEquals(LocalDate.of(2019, 12, 23),
                deadlines.handleBy(complaint(d, ComplainantType.KEY_ENTERPRISE, received)));
        assertEquals(LocalDate.of(2019, 12, 27), deadlines.handleBy(complaint(d, ComplainantType.CITIZEN, received)));
        assertEquals(LocalDate.of(2019, 12, 21), deadlines.acknowledgeBy(complaint(d, ComplainantType.CITIZEN, received)));
    }

    @Test
    void dueWithinThreeDaysThenOverdueUntilHandled() {
        ComplaintDeadlines deadlines = new ComplaintDeadlines(1, 7, 3);
        Complaint c = complaint(d, ComplainantType.CITIZEN, LocalDate.of(2019, 12, 20));
        assertFalse(deadlines.due(c, LocalDate.of(2019, 12, 23)));
        assertTrue(deadlines.due(c, LocalDate.of(2019, 12, 24)));
        assertTrue(deadlines.due(c, LocalDate.of(2019, 12, 27)));
        assertFalse(deadlines.handlingOverdue(c, LocalDate.of(2019, 12, 27)));
        assertTrue(deadlines.handlingOverdue(c, LocalDate.of(2019, 12, 28)));
        assertTrue(deadlines.acknowledgementOverdue(c, LocalDate.of(2019, 12, 22)));
        d.domain.getCommandStack().execute(InspectionCommands.handle(d.domain, c, LocalDate.of(2019, 12, 26), "已整改"));
        assertFalse(deadlines.handlingOverdue(c, LocalDate.of(2020, 1, 5)));
        assertEquals(ComplaintStatus.HANDLED, c.getStatus());
    }

    @Test
    void handlingLiftsTheSuspension() {
        Complaint c = complaint(d, ComplainantType.INVESTOR, LocalDate.of(2019, 12, 20));
        d.domain.getCommandStack().execute(InspectionCommands.suspend(d.domain, c, true));
        assertTrue(c.isSuspended());
        d.domain.getCommandStack().execute(InspectionCommands.handle(d.domain, c, LocalDate.of(2019, 12, 22), "属实"));
        assertFalse(c.isSuspended());
        d.domain.getCommandStack().undo();
        assertTrue(c.isSuspended());
        assertNull(c.getHandledOn());
    }

    @Test
    void complainantIsHiddenUntilARevealIsLoggedAndTheLogCannotBeUndone() {
        Complaint c = complaint(d, ComplainantType.LARGE_ENTERPRISE, LocalDate.of(2019, 12, 20));
        assertEquals("（保密）", ComplainantIdentity.hidden(c, Locale.CHINA));
        assertEquals("(confidential)", ComplainantIdentity.hidden(c, Locale.ENGLISH));
        assertFalse(new InspectionLabels(Locale.CHINA).label(c).contains("林秀英"));
        var reveal = InspectionCommands.reveal(d.domain, d.root, c, "李巡察", LocalDateTime.of(2019, 12, 21, 10, 0),
                "核实举报人身份以便回访");
        d.domain.getCommandStack().execute(reveal.command());
        assertEquals(1, d.root.getReveals().size());
        assertEquals("李巡察", d.root.getReveals().get(0).getBy());
        assertEquals(c, d.root.getReveals().get(0).getComplaint());
        assertEquals("林秀英，温华泰鞋业有限公司，13757700001", ComplainantIdentity.revealed(c));
        assertFalse(d.domain.getCommandStack().canUndo());
        assertEquals(1, d.root.getReveals().size());
    }

    @Test
    void aRevealNeedsAReason() {
        Complaint c = complaint(d, ComplainantType.LARGE_ENTERPRISE, LocalDate.of(2019, 12, 20));
        assertThrows(IllegalArgumentException.class,
                () -> InspectionCommands.reveal(d.domain, d.root, c, "李巡察", LocalDateTime.now(), " "));
        assertTrue(d.root.getReveals().isEmpty());
    }

    @Test
    void anonymousComplaintsSaySo() {
        Complaint c = complaint(d, ComplainantType.ANONYMOUS, LocalDate.of(2019, 12, 20));
        c.setComplainant(null);
        assertEquals("（匿名）", ComplainantIdentity.hidden(c, Locale.CHINA));
    }
}
