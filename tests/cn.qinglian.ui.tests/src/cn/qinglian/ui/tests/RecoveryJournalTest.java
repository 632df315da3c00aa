package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceDescriptor;
import cn.qinglian.model.QinglianPackage.Literals;
import cn.qinglian.model.Unit;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.WorkspaceOpener;
import cn.qinglian.ui.internal.WorkspaceOpener.Opened;
import cn.qinglian.ui.internal.recovery.RecoveryJournal;
import cn.qinglian.ui.internal.recovery.RecoveryScheduler;
import cn.qinglian.ui.testing.ScriptedDialogs;
import cn.qinglian.ui.testing.Ui;

/** The recovery copy: written soon after a change, offered when newer than the saved file, removed on save. */
class RecoveryJournalTest {

    private static final String RENAMED = "城东派出所（未保存）";

    @TempDir
    Path folder;

    @Test
    void aChangeIsInTheRecoveryCopyWithinSecondsAndSavingRemovesIt() throws Exception {
        WorkspaceSession session = new WorkspaceSession(new XmiWorkspaceStore(), TestWorkspaces.small(folder), false);
        RecoveryScheduler scheduler = new RecoveryScheduler(session);
        RecoveryJournal journal = scheduler.journal();
        rename(session);
        long millis = waitFor(() -> contains(journal.file(), RENAMED));
        System.out.println("recovery copy written " + millis + " ms after the change");
        session.save();
        assertFalse(Files.exists(journal.file()));
        assertFalse(Files.exists(folder.resolve(RecoveryJournal.FOLDER)), "nothing is left behind");
        scheduler.stop(true);
    }

    @Test
    void aCleanExitRemovesTheCopyEvenWhenChangesWereGivenUp() throws Exception {
        WorkspaceSession session = new WorkspaceSession(new XmiWorkspaceStore(), TestWorkspaces.small(folder), false);
        RecoveryScheduler scheduler = new RecoveryScheduler(session);
        rename(session);
        waitFor(() -> Files.exists(scheduler.journal().file()));
        scheduler.stop(true);
        assertFalse(Files.exists(scheduler.journal().file()));
    }

    @Test
    void aCopyNewerThanTheSavedFileIsOfferedAndRestoredAsTheUnsavedWorkingCopy() throws Exception {
        leaveRecoveryCopy();
        ScriptedDialogs user = new ScriptedDialogs().restoreRecovery(true);
        Opened opened = new WorkspaceOpener(new XmiWorkspaceStore(), user).open(null, folder).orElseThrow();
        assertEquals(List.of("restoreRecovery"), user.asked());
        assertTrue(opened.restored());
        assertEquals(RENAMED, Ui.named(opened.model().organisation(), Unit.class, RENAMED).getName());
        assertEquals(folder, opened.model().folder());

        WorkspaceSession session = new WorkspaceSession(new XmiWorkspaceStore(), opened.model(), true);
        assertTrue(session.isDirty());
        session.save();
        WorkspaceModel saved = new XmiWorkspaceStore().load(folder);
        assertEquals(RENAMED, Ui.named(saved.organisation(), Unit.class, RENAMED).getName(),
                "saving the restored copy writes the workspace's own file");
    }

    @Test
    void aDeclinedCopyIsRemovedAndTheSavedWorkspaceOpens() throws Exception {
        RecoveryJournal journal = leaveRecoveryCopy();
        ScriptedDialogs user = new ScriptedDialogs().restoreRecovery(false);
        Opened opened = new WorkspaceOpener(new XmiWorkspaceStore(), user).open(null, folder).orElseThrow();
        assertFalse(opened.restored());
        Ui.named(opened.model().organisation(), Unit.class, "城东派出所");
        assertFalse(Files.exists(journal.file()));
    }

    @Test
    void aCopyOlderThanTheSavedFileIsNotOffered() throws Exception {
        RecoveryJournal journal = leaveRecoveryCopy();
        Files.setLastModifiedTime(journal.file(), FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        assertEquals(Optional.empty(), journal.newerCopy());
        ScriptedDialogs user = new ScriptedDialogs();
        new WorkspaceOpener(new XmiWorkspaceStore(), user).open(null, folder).orElseThrow();
        assertEquals(List.of(), user.asked());
    }

    @Test
    void aWorkspaceWithoutOrganisationGetsAnEmptyOneOnlyWhenTheUserAgrees() throws Exception {
        WorkspaceDescriptor.create(folder, "新区");
        ScriptedDialogs no = new ScriptedDialogs().createOrganisation(false);
        assertEquals(Optional.empty(), new WorkspaceOpener(new XmiWorkspaceStore(), no).open(null, folder));
        assertFalse(Files.exists(folder.resolve(XmiWorkspaceStore.ORGANISATION_FILE)));
        ScriptedDialogs yes = new ScriptedDialogs().createOrganisation(true);
        Opened opened = new WorkspaceOpener(new XmiWorkspaceStore(), yes).open(null, folder).orElseThrow();
        assertEquals("新区", opened.model().organisation().getName());
        assertEquals("新区", new XmiWorkspaceStore().load(folder).organisation().getName());
    }

    @Test
    void aFolderThatIsNoWorkspaceIsReportedToTheUser() {
        ScriptedDialogs user = new ScriptedDialogs();
        assertEquals(Optional.empty(), new WorkspaceOpener(new XmiWorkspaceStore(), user).open(null, folder));
        assertEquals(1, user.errors().size());
        assertTrue(user.errors().get(0).startsWith("无法打开工作区"), user.errors().toString());
        assertTrue(user.errors().get(0).contains(folder.toString()), user.errors().toString());
    }

    /** A workspace whose recovery copy holds a rename that was never saved (the workbench was killed). */
    private RecoveryJournal leaveRecoveryCopy() throws Exception {
        WorkspaceModel model = TestWorkspaces.small(folder);
        Ui.named(model.organisation(), Unit.class, "城东派出所").setName(RENAMED);
        RecoveryJournal journal = new RecoveryJournal(folder);
        journal.write(RecoveryJournal.serialize(model.organisationResource()));
        Files.setLastModifiedTime(journal.file(), FileTime.from(Instant.now().plusSeconds(5)));
        return journal;
    }

    private static void rename(WorkspaceSession session) {
        Unit station = Ui.named(session.organisation(), Unit.class, "城东派出所");
        session.execute(SetCommand.create(session.editingDomain(), station, Literals.NAMED__NAME, RENAMED));
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).contains(text);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Waits up to 15 s for {@code condition}; returns how long it took. */
    static long waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > 15_000_000_000L) {
                throw new AssertionError("condition not met within 15 s");
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
