package cn.qinglian.inspection.commands;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.ComplaintStatus;
import cn.qinglian.inspection.model.Decision;
import cn.qinglian.inspection.model.Feedback;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.FindingSource;
import cn.qinglian.inspection.model.IdentityReveal;
import cn.qinglian.inspection.model.InspectionFactory;
import cn.qinglian.inspection.model.InspectionPackage;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.InvestigationCase;
import cn.qinglian.inspection.model.LeaderInvestigation;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.model.RectificationState;
import cn.qinglian.inspection.model.Severity;
import cn.qinglian.inspection.model.StateTransition;
import cn.qinglian.inspection.rectification.IllegalTransitionException;
import cn.qinglian.inspection.rectification.RectificationLifecycle;
import cn.qinglian.model.Post;

/**
 * The editing steps of the inspection workflow as EMF commands for an editing domain's command stack
 * (undoable, one step each): complaint → finding → rectification → closed, case opening with 一案双查,
 * feedback → complaint, and the logged reveal of a complainant (the only step that cannot be undone).
 */
public final class InspectionCommands {

    private static final InspectionPackage P = InspectionPackage.eINSTANCE;
    private static final InspectionFactory F = InspectionFactory.eINSTANCE;

    /** A command and the object it creates. */
    public record Creation<T>(Command command, T created) {
    }

    private InspectionCommands() {
    }

    /** Moves a rectification to {@code to}, recording who, when and why. */
    public static Command transition(EditingDomain domain, Rectification rectification, RectificationState to,
            String by, LocalDateTime at, String reason) throws IllegalTransitionException {
        StateTransition transition = RectificationLifecycle.transition(rectification, to, by, at, reason);
        CompoundCommand command = new CompoundCommand("rectification " + rectification.getState() + " -> " + to);
        command.append(AddCommand.create(domain, rectification, P.getRectification_Transitions(), transition));
        command.append(SetCommand.create(domain, rectification, P.getRectification_State(), to));
        return command;
    }

    /** Records a finding raised by a complaint, and marks the complaint as being investigated. */
    public static Creation<Finding> findingFromComplaint(EditingDomain domain, InspectionRoot root,
            Complaint complaint, String title, String category, Severity severity, LocalDate foundOn) {
        Finding finding = F.createFinding();
        finding.setId(UUID.randomUUID().toString());
        finding.setTitle(title);
        finding.setDescription(complaint.getSummary());
        finding.setCategory(category != null ? category : complaint.getCategory());
        finding.setSeverity(severity);
        finding.setSource(FindingSource.COMPLAINT);
        finding.setFoundOn(foundOn);
        finding.setComplaint(complaint);
        finding.setUnit(complaint.getTargetUnit());
        finding.setEnterprise(complaint.getEnterprise());
        finding.setInspectionDate(complaint.getInspectionDate());
        if (complaint.getTargetPerson() != null) {
            finding.getPersons().add(complaint.getTargetPerson());
        }
        if (complaint.getTargetPost() != null) {
            finding.getPosts().add(complaint.getTargetPost());
        }
        CompoundCommand command = new CompoundCommand("finding from complaint");
        command.append(AddCommand.create(domain, root, P.getInspectionRoot_Findings(), finding));
        if (complaint.getStatus() == ComplaintStatus.RECEIVED || complaint.getStatus() == ComplaintStatus.ACKNOWLEDGED) {
            command.append(SetCommand.create(domain, complaint, P.getComplaint_Status(), ComplaintStatus.INVESTIGATING));
        }
        if (complaint.getAcknowledgedOn() == null) {
            command.append(SetCommand.create(domain, complaint, P.getComplaint_AcknowledgedOn(), foundOn));
        }
        return new Creation<>(command, finding);
    }

    /** Opens a rectification of a finding (state OPEN). */
    public static Creation<Rectification> rectify(EditingDomain domain, InspectionRoot root, Finding finding,
            String measure, Post owner, LocalDate deadline) {
        Rectification rectification = F.createRectification();
        rectification.setId(UUID.randomUUID().toString());
        rectification.setFinding(finding);
        rectification.setMeasure(measure);
        rectification.setOwnerPost(owner);
        rectification.setDeadline(deadline);
        rectification.setState(RectificationState.OPEN);
        return new Creation<>(AddCommand.create(domain, root, P.getInspectionRoot_Rectifications(), rectification),
                rectification);
    }

    /** Acknowledges a complaint (受理). */
    public static Command acknowledge(EditingDomain domain, Complaint complaint, LocalDate on) {
        CompoundCommand command = new CompoundCommand("acknowledge complaint");
        command.append(SetCommand.create(domain, complaint, P.getComplaint_AcknowledgedOn(), on));
        command.append(SetCommand.create(domain, complaint, P.getComplaint_Status(), ComplaintStatus.ACKNOWLEDGED));
        return command;
    }

    /** Closes a complaint (办结) with its outcome; lifts a suspension. */
    public static Command handle(EditingDomain domain, Complaint complaint, LocalDate on, String outcome) {
        CompoundCommand command = new CompoundCommand("handle complaint");
        if (complaint.getAcknowledgedOn() == null) {
            command.append(SetCommand.create(domain, complaint, P.getComplaint_AcknowledgedOn(), on));
        }
        command.append(SetCommand.create(domain, complaint, P.getComplaint_HandledOn(), on));
        command.append(SetCommand.create(domain, complaint, P.getComplaint_Outcome(), outcome));
        command.append(SetCommand.create(domain, complaint, P.getComplaint_Status(), ComplaintStatus.HANDLED));
        if (complaint.isSuspended()) {
            command.append(SetCommand.create(domain, complaint, P.getComplaint_Suspended(), Boolean.FALSE));
        }
        return command;
    }

    /** Sets or lifts the 停职调查 flag (the target is suspended from the post while under investigation). */
    public static Command suspend(EditingDomain domain, Complaint complaint, boolean suspended) {
        return SetCommand.create(domain, complaint, P.getComplaint_Suspended(), suspended);
    }

    /**
     * Logs that {@code by} reveals the complainant of {@code complaint} at {@code at} for {@code reason}. The
     * command cannot be undone: a reveal that happened stays in the log.
     *
     * @throws IllegalArgumentException when who or why is missing
     */
    public static Creation<IdentityReveal> reveal(EditingDomain domain, InspectionRoot root, Complaint complaint,
            String by, LocalDateTime at, String reason) {
        if (by == null || by.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reveal needs who and why");
        }
        IdentityReveal reveal = F.createIdentityReveal();
        reveal.setId(UUID.randomUUID().toString());
        reveal.setComplaint(complaint);
        reveal.setBy(by.strip());
        reveal.setAt(at);
        reveal.setReason(reason.strip());
        Command add = AddCommand.create(domain, root, P.getInspectionRoot_Reveals(), reveal);
        Command permanent = new CommandWrapper("reveal complainant", "", add) {
            @Override
            public boolean canUndo() {
                return false;
            }
        };
        return new Creation<>(permanent, reveal);
    }

    /**
     * Opens a case against the holder of {@code subjectPost} with the proposed leader investigations
     * (一案双查, see {@code SecondInvestigations.propose}).
     */
    public static Creation<InvestigationCase> openCase(EditingDomain domain, InspectionRoot root,
            InvestigationCase investigationCase, List<LeaderInvestigation> secondInvestigations) {
        if (investigationCase.getId() == null) {
            investigationCase.setId(UUID.randomUUID().toString());
        }
        investigationCase.setDecision(Decision.PENDING);
        investigationCase.getSecondInvestigations().addAll(secondInvestigations);
        return new Creation<>(AddCommand.create(domain, root, P.getInspectionRoot_Cases(), investigationCase),
                investigationCase);
    }

    /** Turns a liaison station's feedback into a complaint received through the station, in one step. */
    public static Creation<Complaint> complaintFromFeedback(EditingDomain domain, InspectionRoot root,
            cn.qinglian.inspection.model.LiaisonStation station, Feedback feedback, String number) {
        Complaint complaint = F.createComplaint();
        complaint.setId(UUID.randomUUID().toString());
        complaint.setNumber(number);
        complaint.setReceivedOn(feedback.getReceivedOn());
        complaint.setChannel(cn.qinglian.inspection.model.ComplaintChannel.LIAISON_STATION);
        complaint.setComplainantType(cn.qinglian.inspection.model.ComplainantType.ANONYMOUS);
        complaint.setSummary(feedback.getText());
        complaint.setEnterprise(feedback.getEnterprise());
        complaint.setLiaisonStation(station);
        complaint.setStatus(ComplaintStatus.RECEIVED);
        CompoundCommand command = new CompoundCommand("complaint from feedback");
        command.append(AddCommand.create(domain, root, P.getInspectionRoot_Complaints(), complaint));
        command.append(SetCommand.create(domain, feedback, P.getFeedback_Complaint(), complaint));
        return new Creation<>(command, complaint);
    }
}
