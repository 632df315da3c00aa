package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceDescriptor;
import cn.qinglian.model.QinglianPackage.Literals;
import cn.qinglian.model.Unit;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.recovery.RecoveryJournal;
import cn.qinglian.ui.testing.RunningWorkbench;
import cn.qinglian.ui.testing.Screenshots;
import cn.qinglian.ui.testing.ScriptedDialogs;
import cn.qinglian.ui.testing.Ui;

/**
 * The workbench is killed with unsaved changes: its recovery copy survives, and the next start offers
 * it; restored, it is the dirty working copy until saved.
 */
class CrashRecoveryTest {

    private static final String RENAMED = "城东派出所（改名未保存）";

    @TempDir
    Path folder;

    @TempDir
    Path kept;

    @Test
    void theNextStartOffersTheChangesAKilledWorkbenchHadNotSaved() throws Exception {
        TestWorkspaces.small(folder);
        RecoveryJournal journal = new RecoveryJournal(folder);
        RunningWorkbench.run(List.of("--workspace", folder.toString()), workbench -> {
            WorkspaceSession session = Ui.session(workbench);
            Unit station = Ui.named(session.organisation(), Unit.class, "城东派出所");
            session.execute(SetCommand.create(session.editingDomain(), station, Literals.NAMED__NAME, RENAMED));
            long start = System.nanoTime();
            while (!recovered(journal)) {
                Screenshots.settle(workbench.getDisplay(), 50);
                if (System.nanoTime() - start > 15_000_000_000L) {
                    throw new AssertionError("no recovery copy within 15 s");
                }
            }
            System.out.println("recovery copy written " + (System.nanoTime() - start) / 1_000_000
                    + " ms after the change");
            // what a killed workbench leaves behind
            Files.copy(journal.file(), kept.resolve("organisation.qinglian"));
        });
        assertFalse(Files.exists(journal.file()), "a clean exit (changes not saved) removes the copy");

        Files.createDirectories(journal.file().getParent());
        Files.copy(kept.resolve("organisation.qinglian"), journal.file(), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(folder.resolve(WorkspaceDescriptor.FILE_NAME),
                journal.file().resolveSibling(WorkspaceDescriptor.FILE_NAME));
        Files.setLastModifiedTime(journal.file(), FileTime.from(Instant.now().plusSeconds(2)));

        ScriptedDialogs user = new ScriptedDialogs().restoreRecovery(true);
        RunningWorkbench.run(List.of("--workspace", folder.toString()), user, workbench -> {
            WorkspaceSession session = Ui.session(workbench);
            Ui.named(session.organisation(), Unit.class, RENAMED);
            assertTrue(session.isDirty());
            assertEquals("清廉站所巡察工作台 — *L区", Ui.title(workbench));
            Ui.execute(workbench, IWorkbenchCommandConstants.FILE_SAVE);
            assertFalse(session.isDirty());
            assertFalse(Files.exists(journal.file()));
        });
        assertEquals(List.of("restoreRecovery"), user.asked());
        Ui.named(new XmiWorkspaceStore().load(folder).organisation(), Unit.class, RENAMED);
    }

    private static boolean recovered(RecoveryJournal journal) {
        try {
            return Files.exists(journal.file())
                    && Files.readString(journal.file(), StandardCharsets.UTF_8).contains(RENAMED);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
