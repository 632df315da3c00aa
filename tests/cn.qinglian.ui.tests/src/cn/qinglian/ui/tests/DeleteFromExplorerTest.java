package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.dialogs.DeletePreviewDialog;
import cn.qinglian.ui.internal.dialogs.DeletePreviewDialog.Row;
import cn.qinglian.ui.internal.editing.DeletionPlan;
import cn.qinglian.ui.internal.explorer.ExplorerView;
import cn.qinglian.ui.testing.RunningWorkbench;
import cn.qinglian.ui.testing.Screenshots;
import cn.qinglian.ui.testing.ScriptedDialogs;
import cn.qinglian.ui.testing.Ui;

/** Deleting from the explorer: the preview names what goes with it, one undo brings it all back. */
class DeleteFromExplorerTest {

    @TempDir
    Path folder;

    @Test
    void deletingAPostPreviewsItsTenuresAndUndoBringsThemBack() throws Exception {
        TestWorkspaces.small(folder);
        ScriptedDialogs user = new ScriptedDialogs().onDeletion(plan -> true);
        RunningWorkbench.run(List.of("--workspace", folder.toString()), user, workbench -> deleteHead(workbench, user));
        assertEquals(List.of("confirmDeletion"), user.asked());
    }

    @Test
    void thePreviewListsReferencesThatAreCleared() throws Exception {
        TestWorkspaces.small(folder);
        RunningWorkbench.run(List.of("--workspace", folder.toString()), workbench -> {
            WorkspaceSession session = Ui.session(workbench);
            Unit market = Ui.named(session.organisation(), Unit.class, "市场监管局");
            List<Row> rows = preview(workbench, DeletionPlan.of(List.of(market)), null);
            assertEquals(List.of(new Row(Ui.named(session.organisation(), Unit.class, "城东市场监管所"), "单位",
                    "城东市场监管所", "“主管单位”不再指向 市场监管局")), rows);
        });
    }

    private void deleteHead(IWorkbench workbench, ScriptedDialogs user) throws Exception {
        WorkspaceSession session = Ui.session(workbench);
        ExplorerView explorer = Ui.explorer(workbench);
        Post head = Ui.named(session.organisation(), Post.class, "所长");
        Unit station = head.getUnit();
        Person zhang = Ui.named(session.organisation(), Person.class, "张三");
        Tenure current = zhang.getTenures().get(0);
        explorer.reveal(current);
        Ui.settle(workbench);
        assertEquals("张三  2012-03-01 起", Ui.row(explorer.viewer(), current));

        List<Row> rows = preview(workbench, DeletionPlan.of(List.of(head)), "delete-preview");
        assertTrue(rows.contains(new Row(current, "任职", "张三 – 所长 (2012-03-01 – 至今)", "一并删除")),
                rows.toString());
        assertEquals(2, rows.size(), "both tenures of the post, nothing else: " + rows);

        explorer.reveal(head);
        explorer.actions().delete().run();
        Ui.settle(workbench);
        DeletionPlan shown = user.deletionsShown().get(0);
        assertEquals(Set.copyOf(head.getTenures()), Set.copyOf(shown.alsoDeleted()));
        assertNull(head.getUnit());
        assertTrue(zhang.getTenures().isEmpty());
        assertNull(Ui.row(explorer.viewer(), head), "the post left the explorer");

        Ui.execute(workbench, IWorkbenchCommandConstants.EDIT_UNDO);
        assertSame(station, head.getUnit());
        assertEquals(List.of(current), zhang.getTenures());
        assertSame(head, current.getPost());
        explorer.reveal(current);
        Ui.settle(workbench);
        assertEquals("张三  2012-03-01 起", Ui.row(explorer.viewer(), current));
    }

    /** Opens the real preview dialog, optionally saves a screenshot, and returns its rows. */
    private static List<Row> preview(IWorkbench workbench, DeletionPlan plan, String screenshot) throws Exception {
        DeletePreviewDialog dialog = new DeletePreviewDialog(workbench.getActiveWorkbenchWindow().getShell(),
                Ui.session(workbench), plan);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Ui.settle(workbench);
            if (screenshot != null) {
                Screenshots.save(Screenshots.capture(dialog.getShell()), screenshot);
            }
            return dialog.rows();
        } finally {
            dialog.close();
        }
    }
}
