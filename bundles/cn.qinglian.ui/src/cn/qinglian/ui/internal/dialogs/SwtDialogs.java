package cn.qinglian.ui.internal.dialogs;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

import cn.qinglian.model.Party;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;
import cn.qinglian.model.provider.QinglianLabels;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.editing.DeletionPlan;
import cn.qinglian.ui.internal.editing.Drafts.PersonDraft;
import cn.qinglian.ui.internal.editing.Drafts.PostDraft;
import cn.qinglian.ui.internal.editing.Drafts.ReportingLineDraft;
import cn.qinglian.ui.internal.editing.Drafts.TenureDraft;
import cn.qinglian.ui.internal.editing.Drafts.UnitDraft;
import cn.qinglian.ui.internal.editing.Suggestions;

/** The real dialogs. */
public final class SwtDialogs implements QinglianDialogs {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Override
    public Optional<UnitDraft> newUnit(Shell shell, WorkspaceSession session, Object parent) {
        String parentLabel = parent instanceof Unit unit ? QinglianLabels.name(unit) : session.workspace().name();
        return new NewUnitDialog(shell, parentLabel, Suggestions.unitKindUnder(parent)).ask();
    }

    @Override
    public Optional<PostDraft> newPost(Shell shell, WorkspaceSession session, Unit unit) {
        return new NewPostDialog(shell, QinglianLabels.name(unit), Suggestions.postRoleIn(unit)).ask();
    }

    @Override
    public Optional<PersonDraft> newPerson(Shell shell, WorkspaceSession session) {
        return new NewPersonDialog(shell).ask();
    }

    @Override
    public Optional<TenureDraft> newTenure(Shell shell, WorkspaceSession session, Person person, Post post) {
        PickerLabels labels = new PickerLabels(session.adapterFactory());
        try {
            return new NewTenureDialog(shell, session.organisation(), person, post, labels).ask();
        } finally {
            labels.dispose();
        }
    }

    @Override
    public Optional<ReportingLineDraft> newReportingLine(Shell shell, WorkspaceSession session, Party from) {
        PickerLabels labels = new PickerLabels(session.adapterFactory());
        try {
            return new NewReportingLineDialog(shell, session.organisation(), from, labels).ask();
        } finally {
            labels.dispose();
        }
    }

    @Override
    public boolean confirmDeletion(Shell shell, WorkspaceSession session, DeletionPlan plan) {
        return new DeletePreviewDialog(shell, session, plan).open() == DeletePreviewDialog.OK;
    }

    @Override
    public UnsavedChoice unsavedChanges(Shell shell, String workspaceName) {
        MessageDialog dialog = new MessageDialog(shell, UiMessages.get("unsavedTitle"), null,
                UiMessages.get("unsavedMessage", workspaceName), MessageDialog.QUESTION, 0,
                UiMessages.get("buttonSave"), UiMessages.get("buttonDontSave"), UiMessages.get("buttonCancel"));
        return switch (dialog.open()) {
            case 0 -> UnsavedChoice.SAVE;
            case 1 -> UnsavedChoice.DISCARD;
            default -> UnsavedChoice.CANCEL;
        };
    }

    @Override
    public boolean restoreRecovery(Shell shell, Path workspace, Instant saved, Instant recovered) {
        String savedText = saved == null ? UiMessages.get("recoveryNeverSaved") : TIME.format(saved);
        return new MessageDialog(shell, UiMessages.get("recoveryTitle"), null,
                UiMessages.get("recoveryMessage", workspace, TIME.format(recovered), savedText),
                MessageDialog.QUESTION, 0, UiMessages.get("buttonRestore"), UiMessages.get("buttonDontRestore"))
                .open() == 0;
    }

    @Override
    public boolean createOrganisation(Shell shell, Path workspace) {
        return new MessageDialog(shell, UiMessages.get("noOrganisationTitle"), null,
                UiMessages.get("noOrganisationMessage", workspace), MessageDialog.QUESTION, 0,
                UiMessages.get("buttonCreate"), UiMessages.get("buttonCancel")).open() == 0;
    }

    @Override
    public void showError(Shell shell, String title, String message) {
        new MessageDialog(shell, title, null, message, MessageDialog.ERROR, 0, UiMessages.get("buttonOk")).open();
    }

    @Override
    public Optional<Path> chooseWorkspace(Shell shell) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText(UiMessages.get("openWorkspaceTitle"));
        dialog.setMessage(UiMessages.get("openWorkspaceMessage"));
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    @Override
    public Optional<NewWorkspace> newWorkspace(Shell shell) {
        return new NewWorkspaceDialog(shell).ask();
    }
}
