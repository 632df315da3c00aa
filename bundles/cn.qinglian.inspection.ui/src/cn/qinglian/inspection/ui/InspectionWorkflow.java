package cn.qinglian.inspection.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.eclipse.emf.common.command.CompoundCommand;

import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.core.query.Units;
import cn.qinglian.inspection.commands.InspectionCommands;
import cn.qinglian.inspection.complaint.ComplainantIdentity;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.model.RectificationState;
import cn.qinglian.inspection.model.Severity;
import cn.qinglian.inspection.rectification.IllegalTransitionException;
import cn.qinglian.ui.WorkspaceSession;

/**
 * The steps the inspection views offer, each one command on the session's command stack: acknowledge a
 * complaint, turn it into a finding with an open rectification, move a rectification through its
 * lifecycle, handle a complaint, and reveal a complainant (logged, cannot be undone). Who acts is the
 * operating-system user.
 */
public final class InspectionWorkflow {

    /** Days a rectification opened from a complaint gets by default. */
    public static final int RECTIFICATION_DAYS = 30;

    private final WorkspaceSession session;
    private final Clock clock;

    public InspectionWorkflow(WorkspaceSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    public Optional<InspectionRoot> root() {
        return WorkspaceParts.rootOf(session.organisation(), InspectionRoot.class);
    }

    public static String user() {
        return System.getProperty("user.name", "?");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void acknowledge(Complaint complaint) {
        session.execute(InspectionCommands.acknowledge(session.editingDomain(), complaint, today()));
    }

    public void handle(Complaint complaint, String outcome) {
        session.execute(InspectionCommands.handle(session.editingDomain(), complaint, today(), outcome));
    }

    /**
     * Records a finding from {@code complaint} (title as given, the complaint's category) and opens its
     * rectification, owned by the head of the complained-about unit, due in {@value #RECTIFICATION_DAYS} days;
     * one undoable step.
     */
    public Rectification findingWithRectification(Complaint complaint, String title, String measure) {
        InspectionRoot root = root().orElseThrow();
        var finding = InspectionCommands.findingFromComplaint(session.editingDomain(), root, complaint, title, null,
                Severity.SERIOUS, today());
        Finding created = finding.created();
        var rectification = InspectionCommands.rectify(session.editingDomain(), root, created, measure,
                complaint.getTargetUnit() == null ? null
                        : Units.nearestHeadPost(complaint.getTargetUnit(), today()).orElse(null),
                today().plusDays(RECTIFICATION_DAYS));
        CompoundCommand both = new CompoundCommand(InspectionUiMessages.get("commandFindingFromComplaint"));
        both.append(finding.command());
        both.append(rectification.command());
        session.execute(both);
        return rectification.created();
    }

    public void advance(Rectification rectification, RectificationState to, String reason)
            throws IllegalTransitionException {
        session.execute(InspectionCommands.transition(session.editingDomain(), rectification, to, user(),
                LocalDateTime.now(clock).withNano(0), reason));
    }

    /** Logs the reveal, then returns the complainant's identity. */
    public String reveal(Complaint complaint, String reason) {
        InspectionRoot root = root().orElseThrow();
        session.execute(InspectionCommands.reveal(session.editingDomain(), root, complaint, user(),
                LocalDateTime.now(clock).withNano(0), reason).command());
        return ComplainantIdentity.revealed(complaint);
    }
}
