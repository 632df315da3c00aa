package cn.qinglian.award.ui.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Shell;

import cn.qinglian.model.Party;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs;
import cn.qinglian.ui.internal.editing.DeletionPlan;
import cn.qinglian.ui.internal.editing.Drafts.PersonDraft;
import cn.qinglian.ui.internal.editing.Drafts.PostDraft;
import cn.qinglian.ui.internal.editing.Drafts.ReportingLineDraft;
import cn.qinglian.ui.internal.editing.Drafts.TenureDraft;
import cn.qinglian.ui.internal.editing.Drafts.UnitDraft;

/**
 * The user, as a test plays them: answers the workbench's questions from a script and records every
 * question asked. A question without a scripted answer is recorded as unexpected and answered "cancel".
 * Leaving a workspace with unsaved changes is answered "don't save" unless scripted otherwise.
 */
final class ScriptedDialogs implements QinglianDialogs {

    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private final List<String> unexpected = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<DeletionPlan> deletionsShown = new ArrayList<>();
    private Predicate<DeletionPlan> deletionAnswer = plan -> false;
    private boolean createOrganisation;
    private boolean restoreRecovery;

    ScriptedDialogs answer(Object draft) {
        answers.add(draft);
        return this;
    }

    ScriptedDialogs createOrganisation(boolean create) {
        this.createOrganisation = create;
        return this;
    }

    ScriptedDialogs restoreRecovery(boolean restore) {
        this.restoreRecovery = restore;
        return this;
    }

    /** How deletions are answered; every plan shown is kept. */
    ScriptedDialogs onDeletion(Predicate<DeletionPlan> answer) {
        this.deletionAnswer = answer;
        return this;
    }

    List<String> asked() {
        return asked;
    }

    List<String> unexpected() {
        return unexpected;
    }

    List<String> errors() {
        return errors;
    }

    List<DeletionPlan> deletionsShown() {
        return deletionsShown;
    }

    private <T> Optional<T> next(String question, Class<T> type) {
        asked.add(question);
        if (!answers.isEmpty() && type.isInstance(answers.peek())) {
            return Optional.of(type.cast(answers.poll()));
        }
        unexpected.add(question);
        return Optional.empty();
    }

    @Override
    public Optional<UnitDraft> newUnit(Shell shell, WorkspaceSession session, Object parent) {
        return next("newUnit", UnitDraft.class);
    }

    @Override
    public Optional<PostDraft> newPost(Shell shell, WorkspaceSession session, Unit unit) {
        return next("newPost", PostDraft.class);
    }

    @Override
    public Optional<PersonDraft> newPerson(Shell shell, WorkspaceSession session) {
        return next("newPerson", PersonDraft.class);
    }

    @Override
    public Optional<TenureDraft> newTenure(Shell shell, WorkspaceSession session, Person person, Post post) {
        return next("newTenure", TenureDraft.class);
    }

    @Override
    public Optional<ReportingLineDraft> newReportingLine(Shell shell, WorkspaceSession session, Party from) {
        return next("newReportingLine", ReportingLineDraft.class);
    }

    @Override
    public boolean confirmDeletion(Shell shell, WorkspaceSession session, DeletionPlan plan) {
        asked.add("confirmDeletion");
        deletionsShown.add(plan);
        return deletionAnswer.test(plan);
    }

    @Override
    public UnsavedChoice unsavedChanges(Shell shell, String workspaceName) {
        return next("unsavedChanges", UnsavedChoice.class).orElseGet(() -> {
            unexpected.remove("unsavedChanges");
            return UnsavedChoice.DISCARD;
        });
    }

    @Override
    public boolean restoreRecovery(Shell shell, Path workspace, Instant saved, Instant recovered) {
        asked.add("restoreRecovery");
        return restoreRecovery;
    }

    @Override
    public boolean createOrganisation(Shell shell, Path workspace) {
        asked.add("createOrganisation");
        return createOrganisation;
    }

    @Override
    public void showError(Shell shell, String title, String message) {
        asked.add("showError");
        errors.add(title + ": " + message);
    }

    @Override
    public Optional<Path> chooseWorkspace(Shell shell) {
        return next("chooseWorkspace", Path.class);
    }

    @Override
    public Optional<NewWorkspace> newWorkspace(Shell shell) {
        return next("newWorkspace", NewWorkspace.class);
    }
}
