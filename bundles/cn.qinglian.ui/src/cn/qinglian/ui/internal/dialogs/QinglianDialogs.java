package cn.qinglian.ui.internal.dialogs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;

import cn.qinglian.model.Party;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.editing.DeletionPlan;
import cn.qinglian.ui.internal.editing.Drafts.PersonDraft;
import cn.qinglian.ui.internal.editing.Drafts.PostDraft;
import cn.qinglian.ui.internal.editing.Drafts.ReportingLineDraft;
import cn.qinglian.ui.internal.editing.Drafts.TenureDraft;
import cn.qinglian.ui.internal.editing.Drafts.UnitDraft;

/**
 * Every question the workbench asks the user. {@link SwtDialogs} asks with real dialogs; the workbench
 * takes it from its context, so a test can answer instead. An empty Optional means cancelled.
 */
public interface QinglianDialogs {

    /** The answer to "the workspace has unsaved changes". */
    enum UnsavedChoice {
        SAVE, DISCARD, CANCEL
    }

    /** A workspace to create: its folder and display name. */
    record NewWorkspace(Path folder, String name) {
    }

    /** @param parent the organisation (a top unit) or the unit the new one goes under */
    Optional<UnitDraft> newUnit(Shell shell, WorkspaceSession session, Object parent);

    Optional<PostDraft> newPost(Shell shell, WorkspaceSession session, Unit unit);

    Optional<PersonDraft> newPerson(Shell shell, WorkspaceSession session);

    /** A tenure; {@code person} or {@code post} (or both) may be given, the rest is asked. */
    Optional<TenureDraft> newTenure(Shell shell, WorkspaceSession session, Person person, Post post);

    Optional<ReportingLineDraft> newReportingLine(Shell shell, WorkspaceSession session, Party from);

    /** Shows what the deletion takes with it; true to delete. */
    boolean confirmDeletion(Shell shell, WorkspaceSession session, DeletionPlan plan);

    UnsavedChoice unsavedChanges(Shell shell, String workspaceName);

    /** A recovered copy newer than the saved file exists; true to restore it. */
    boolean restoreRecovery(Shell shell, Path workspace, Instant saved, Instant recovered);

    /** The workspace has no organisation file; true to create an empty organisation. */
    boolean createOrganisation(Shell shell, Path workspace);

    void showError(Shell shell, String title, String message);

    Optional<Path> chooseWorkspace(Shell shell);

    Optional<NewWorkspace> newWorkspace(Shell shell);
}
