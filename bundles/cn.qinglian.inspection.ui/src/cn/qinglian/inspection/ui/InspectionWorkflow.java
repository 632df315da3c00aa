package cn.qinglian.inspection.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;

import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.core.query.Units;
import cn.qinglian.inspection.cases.SecondInvestigations;
import cn.qinglian.inspection.commands.InspectionCommands;
import cn.qinglian.inspection.complaint.ComplainantIdentity;
import cn.qinglian.inspection.evidence.EvidenceStore;
import cn.qinglian.inspection.model.EvidenceFile;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.Feedback;
import cn.qinglian.inspection.model.LiaisonStation;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.InspectionFactory;
import cn.qinglian.inspection.model.InspectionPackage;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.InvestigationCase;
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

    /**
     * Opens a case against the first person (and post) of {@code finding}, with the investigation of the
     * responsible leaders found through the hierarchy proposed at once (一案双查); empty when the finding
     * names nobody.
     */
    public Optional<InvestigationCase> openCase(Finding finding) {
        if (finding == null || finding.getPersons().isEmpty() || finding.getPosts().isEmpty()) {
            return Optional.empty();
        }
        InvestigationCase investigation = InspectionFactory.eINSTANCE.createInvestigationCase();
        investigation.setTitle(InspectionUiMessages.get("caseTitle", finding.getPersons().get(0).getName(),
                finding.getTitle()));
        investigation.setFinding(finding);
        investigation.setSubject(finding.getPersons().get(0));
        investigation.setSubjectPost(finding.getPosts().get(0));
        investigation.setOpenedOn(today());
        var leaders = new SecondInvestigations(OrganisationIndex.of(session.organisation())).propose(investigation,
                today());
        var creation = InspectionCommands.openCase(session.editingDomain(), root().orElseThrow(), investigation, leaders);
        session.execute(creation.command());
        return Optional.of(creation.created());
    }

    /**
     * Copies {@code source} into the workspace's evidence folder with its SHA-256 and records it on
     * {@code finding} (one undoable command; undo removes the record, the copy stays in the folder).
     *
     * @throws IOException naming the file when it cannot be read or copied
     */
    public EvidenceFile attachEvidence(Finding finding, Path source) throws IOException {
        EvidenceFile evidence = new EvidenceStore(session.workspace().folder()).add(source, today());
        session.execute(AddCommand.create(session.editingDomain(), finding, InspectionPackage.Literals.FINDING__EVIDENCE,
                evidence));
        return evidence;
    }

    /** Whether each evidence file of {@code finding} is intact, missing or changed since it was recorded. */
    public Map<EvidenceFile, EvidenceStore.State> checkEvidence(Finding finding) throws IOException {
        EvidenceStore store = new EvidenceStore(session.workspace().folder());
        Map<EvidenceFile, EvidenceStore.State> states = new LinkedHashMap<>();
        for (EvidenceFile file : finding.getEvidence()) {
            states.put(file, store.check(file));
        }
        return states;
    }

    /** Turns a liaison station's feedback into a complaint received through the station (one command). */
    public Complaint complaintFromFeedback(LiaisonStation station, Feedback feedback) {
        InspectionRoot root = root().orElseThrow();
        var creation = InspectionCommands.complaintFromFeedback(session.editingDomain(), root, station, feedback,
                String.format("TS%03d", root.getComplaints().size() + 1));
        session.execute(creation.command());
        return creation.created();
    }

    /** Logs the reveal, then returns the complainant's identity. */
    public String reveal(Complaint complaint, String reason) {
        InspectionRoot root = root().orElseThrow();
        session.execute(InspectionCommands.reveal(session.editingDomain(), root, complaint, user(),
                LocalDateTime.now(clock).withNano(0), reason).command());
        return ComplainantIdentity.revealed(complaint);
    }
}
