package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.model.Person;
import cn.qinglian.model.Unit;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.explorer.ExplorerView;
import cn.qinglian.ui.internal.roster.RosterImportDialog;
import cn.qinglian.ui.testing.RunningWorkbench;
import cn.qinglian.ui.testing.Screenshots;
import cn.qinglian.ui.testing.Ui;

/** 导入花名册: a roster with a bad row imports nothing; a good one imports as one undoable change. */
class RosterImportWizardTest {

    private static final String HEADER =
            "unit_path,unit_kind,post_title,post_role,person_id,person_name,start_date,end_date,reports_to";
    private static final String NEW_STATION =
            "L区/市场监管局/城西市场监管所,STATION,所长,HEAD,P010,钱进,2020-01-01,,";

    @TempDir
    Path folder;

    @Test
    void aRosterWithOneBadRowShowsTheProblemAndCannotFinish() throws Exception {
        TestWorkspaces.small(folder.resolve("ws"));
        Path roster = csv("bad.csv", HEADER, NEW_STATION,
                "L区/市场监管局/城西市场监管所,STATION,副所长,LEADERSHIP_MEMBER,P011,孙强,2020-02-30,,");
        RunningWorkbench.run(List.of("--workspace", folder.resolve("ws").toString()), workbench -> {
            WorkspaceSession session = Ui.session(workbench);
            List<EObject> before = contents(session);
            RosterImportDialog dialog = open(workbench, roster);
            try {
                dialog.next();
                Ui.settle(workbench);
                Table problems = dialog.wizard().checkPage().problemTable();
                assertEquals(List.of("行", "列", "原因"), headers(problems));
                assertEquals(1, problems.getItemCount());
                TableItem problem = problems.getItem(0);
                assertEquals("3", problem.getText(0));
                assertEquals("start_date", problem.getText(1));
                assertEquals("2020-02-30 不是日历上存在的日期", problem.getText(2));
                assertFalse(dialog.isFinishEnabled());
                Screenshots.save(Screenshots.capture(dialog.getShell()), "import-errors");
            } finally {
                dialog.close();
            }
            assertEquals(before, contents(session));
            assertFalse(session.isDirty());
        });
    }

    @Test
    void aGoodRosterImportsAsOneChangeThatOneUndoReverts() throws Exception {
        TestWorkspaces.small(folder.resolve("ws"));
        Path roster = csv("good.csv", HEADER, NEW_STATION,
                "L区/市场监管局/城西市场监管所,STATION,副所长,LEADERSHIP_MEMBER,P011,孙强,2021-03-01,,");
        RunningWorkbench.run(List.of("--workspace", folder.resolve("ws").toString()), workbench -> {
            Command command = workbench.getService(ICommandService.class)
                    .getCommand("cn.qinglian.ui.commands.importRoster");
            assertEquals("导入花名册", command.getName());
            assertTrue(command.isDefined());
            WorkspaceSession session = Ui.session(workbench);
            List<EObject> before = contents(session);
            RosterImportDialog dialog = open(workbench, roster);
            Table preview = dialog.wizard().filePage().previewTable();
            assertEquals(List.of("行", "unit_path", "unit_kind", "post_title", "post_role", "person_id",
                    "person_name", "start_date", "end_date", "reports_to"), headers(preview));
            assertEquals(2, preview.getItemCount());
            assertEquals("钱进", preview.getItem(0).getText(6));
            Screenshots.save(Screenshots.capture(dialog.getShell()), "import-preview");
            dialog.next();
            Ui.settle(workbench);
            assertTrue(dialog.isFinishEnabled());
            assertTrue(dialog.wizard().checkPage().summaryText().contains("新建 1"),
                    dialog.wizard().checkPage().summaryText());
            dialog.finish();
            Ui.settle(workbench);

            Unit station = Ui.named(session.organisation(), Unit.class, "城西市场监管所");
            assertNotNull(station);
            assertEquals(2, station.getPosts().size());
            Person qian = Ui.named(session.organisation(), Person.class, "钱进");
            assertEquals(1, qian.getTenures().size());
            assertTrue(session.isDirty());
            assertTrue(Ui.title(workbench).contains("*"), Ui.title(workbench));
            ExplorerView explorer = Ui.explorer(workbench);
            explorer.reveal(station);
            Ui.settle(workbench);
            assertEquals("城西市场监管所", Ui.row(explorer.viewer(), station));

            Ui.execute(workbench, IWorkbenchCommandConstants.EDIT_UNDO);
            assertEquals(before, contents(session));
            assertFalse(EcoreUtil.isAncestor(session.organisation(), station));
            assertNull(Ui.row(explorer.viewer(), station));
            assertFalse(session.isDirty());

            Ui.execute(workbench, IWorkbenchCommandConstants.EDIT_REDO);
            assertTrue(EcoreUtil.isAncestor(session.organisation(), station));
            assertEquals(2, station.getPosts().size());
            assertTrue(session.isDirty());
        });
    }

    private Path csv(String name, String... lines) throws Exception {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static RosterImportDialog open(IWorkbench workbench, Path roster) {
        RosterImportDialog dialog = new RosterImportDialog(workbench.getActiveWorkbenchWindow().getShell(),
                Ui.session(workbench));
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.wizard().filePage().choose(roster);
        Ui.settle(workbench);
        return dialog;
    }

    private static List<EObject> contents(WorkspaceSession session) {
        List<EObject> all = new ArrayList<>();
        session.organisation().eAllContents().forEachRemaining(all::add);
        return all;
    }

    private static List<String> headers(Table table) {
        return java.util.Arrays.stream(table.getColumns()).map(c -> c.getText()).toList();
    }
}
