package cn.qinglian.ui.internal.roster;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;

import cn.qinglian.core.roster.ImportSummary;
import cn.qinglian.core.roster.RosterImport;
import cn.qinglian.model.Organisation;
import cn.qinglian.ui.UiMessages;

/**
 * Applies a checked roster to the organisation as one command: the changes are recorded while the
 * import runs, and undo and redo replay the recorded change description in either direction.
 */
public final class ImportRosterCommand extends AbstractCommand {

    private final RosterImport roster;
    private final Organisation organisation;
    private ChangeDescription changes;
    private ImportSummary summary;

    public ImportRosterCommand(RosterImport roster, Organisation organisation) {
        super(UiMessages.get("importRosterCommand"));
        this.roster = roster;
        this.organisation = organisation;
    }

    @Override
    protected boolean prepare() {
        return roster.isValid();
    }

    @Override
    public void execute() {
        ChangeRecorder recorder = new ChangeRecorder(organisation);
        try {
            summary = roster.apply(organisation);
        } finally {
            changes = recorder.endRecording();
            recorder.dispose();
        }
    }

    @Override
    public void undo() {
        changes.applyAndReverse();
    }

    @Override
    public void redo() {
        changes.applyAndReverse();
    }

    /** What the import created and updated; null before it ran. */
    public ImportSummary summary() {
        return summary;
    }
}
