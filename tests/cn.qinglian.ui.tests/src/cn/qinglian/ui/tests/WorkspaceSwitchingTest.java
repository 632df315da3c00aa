package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.model.QinglianPackage.Literals;
import cn.qinglian.model.Unit;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.RecentWorkspaces;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs.NewWorkspace;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs.UnsavedChoice;
import cn.qinglian.ui.internal.editors.ModelEditors;
import cn.qinglian.ui.internal.explorer.ExplorerView;
import cn.qinglian.ui.testing.RunningWorkbench;
import cn.qinglian.ui.testing.ScriptedDialogs;
import cn.qinglian.ui.testing.Ui;

/** File ▸ New workspace and Open workspace: leave the open one (asking to save), open the other in place. */
class WorkspaceSwitchingTest {

    private static final String OPEN_WORKSPACE = "cn.qinglian.ui.commands.openWorkspace";
    private static final String NEW_WORKSPACE = "cn.qinglian.ui.commands.newWorkspace";

    @TempDir
    Path first;

    @TempDir
    Path second;

    @TempDir
    Path parent;

    @Test
    void openingAnotherWorkspaceAsksToSaveThenShowsItInTheSameWindow() throws Exception {
        TestWorkspaces.small(first);
        XmiWorkspaceStore store = new XmiWorkspaceStore();
        var other = store.create(second, "M区");
        TestWorkspaces.unit(other.organisation().getUnits(), "M区", cn.qinglian.model.UnitKind.DISTRICT);
        store.save(other);
        Path created = parent.resolve("新区");
        ScriptedDialogs user = new ScriptedDialogs().answer(second).answer(UnsavedChoice.SAVE)
                .answer(new NewWorkspace(created, "新区"));
        RunningWorkbench.run(List.of("--workspace", first.toString()), user, workbench -> {
            WorkspaceSession session = Ui.session(workbench);
            Unit station = Ui.named(session.organisation(), Unit.class, "城东派出所");
            session.execute(SetCommand.create(session.editingDomain(), station, Literals.NAMED__NAME, "城东派出所（二）"));
            ModelEditors.open(Ui.page(workbench), station);
            IHandlerService handlers = workbench.getActiveWorkbenchWindow().getService(IHandlerService.class);

            handlers.executeCommand(OPEN_WORKSPACE, null);
            Ui.settle(workbench);
            assertEquals("M区", session.workspace().name());
            assertEquals("清廉站所巡察工作台 — M区", Ui.title(workbench));
            assertEquals(0, Ui.page(workbench).getEditorReferences().length, "the editors of the old workspace closed");
            ExplorerView explorer = Ui.explorer(workbench);
            assertEquals("M区", Ui.row(explorer.viewer(), session.organisation().getUnits().get(0)));
            assertFalse(session.isDirty());

            handlers.executeCommand(NEW_WORKSPACE, null);
            Ui.settle(workbench);
            assertEquals("新区", session.workspace().name());
            assertTrue(session.organisation().getUnits().isEmpty());
            assertEquals(List.of(created, second, first), RecentWorkspaces.instance().list().subList(0, 3));
        });
        assertEquals(List.of("chooseWorkspace", "unsavedChanges", "newWorkspace"), user.asked());
        Ui.named(new XmiWorkspaceStore().load(first).organisation(), Unit.class, "城东派出所（二）");
        assertEquals("新区", new XmiWorkspaceStore().load(created).organisation().getName());
    }

    @Test
    void closingWithUnsavedChangesCanBeCancelled() throws Exception {
        TestWorkspaces.small(first);
        ScriptedDialogs user = new ScriptedDialogs().answer(UnsavedChoice.CANCEL).answer(UnsavedChoice.SAVE);
        RunningWorkbench.run(List.of("--workspace", first.toString()), user, workbench -> {
            WorkspaceSession session = Ui.session(workbench);
            Unit station = Ui.named(session.organisation(), Unit.class, "城东派出所");
            session.execute(SetCommand.create(session.editingDomain(), station, Literals.NAMED__NAME, "城东派出所（三）"));
            assertFalse(workbench.close(), "Cancel keeps the workbench open");
            assertTrue(workbench.getActiveWorkbenchWindow().getShell().isVisible());
            assertTrue(session.isDirty());
        });
        assertEquals(List.of("unsavedChanges", "unsavedChanges"), user.asked());
        Ui.named(new XmiWorkspaceStore().load(first).organisation(), Unit.class, "城东派出所（三）");
    }

    @Test
    void cancellingTheSaveQuestionKeepsTheWorkspaceOpen() throws Exception {
        TestWorkspaces.small(first);
        TestWorkspaces.small(second);
        ScriptedDialogs user = new ScriptedDialogs().answer(second).answer(UnsavedChoice.CANCEL);
        RunningWorkbench.run(List.of("--workspace", first.toString()), user, workbench -> {
            WorkspaceSession session = Ui.session(workbench);
            Unit station = Ui.named(session.organisation(), Unit.class, "城东派出所");
            session.execute(SetCommand.create(session.editingDomain(), station, Literals.NAMED__NAME, "改名"));
            Ui.execute(workbench, OPEN_WORKSPACE);
            assertEquals(first, session.workspace().folder());
            assertTrue(session.isDirty());
        });
        assertEquals(List.of("chooseWorkspace", "unsavedChanges", "unsavedChanges"), user.asked(),
                "asked when opening another workspace (cancelled), and again when the workbench closed");
    }
}
