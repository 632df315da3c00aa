package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.editing.DeletionPlan;
import cn.qinglian.ui.internal.editors.ModelEditors;
import cn.qinglian.ui.internal.editors.PersonEditor;
import cn.qinglian.ui.internal.editors.PostEditor;
import cn.qinglian.ui.internal.editors.UnitEditor;
import cn.qinglian.ui.internal.explorer.ExplorerView;
import cn.qinglian.ui.testing.RunningWorkbench;
import cn.qinglian.ui.testing.Screenshots;
import cn.qinglian.ui.testing.Ui;

/** The unit, person and post editors: what they show, and that they edit through the session's stack. */
class EditorsTest {

    @TempDir
    Path folder;

    @Test
    void unitEditorShowsPostsAndEditsThroughTheSharedCommandStack() throws Exception {
        TestWorkspaces.small(folder);
        RunningWorkbench.run(List.of("--workspace", folder.toString()), workbench -> {
            WorkspaceSession session = Ui.session(workbench);
            ExplorerView explorer = Ui.explorer(workbench);
            Unit station = Ui.named(session.organisation(), Unit.class, "城东派出所");
            explorer.reveal(station);
            workbench.getActiveWorkbenchWindow().getShell().forceActive();
            explorer.actions().open().run();
            Screenshots.settle(workbench.getDisplay(), 1000);
            UnitEditor editor = assertInstanceOf(UnitEditor.class, Ui.page(workbench).getActiveEditor());
            assertEquals("城东派出所", editor.getPartName());
            assertEquals(List.of("所长|一把手|张三", "副所长|班子成员|李四"), rows(editor.posts()));
            assertFalse(editor.isDirty());

            Text name = textShowing(editor, "城东派出所");
            name.setText("城东派出所（一）");
            name.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
            Ui.settle(workbench);
            assertEquals("城东派出所（一）", station.getName());
            assertTrue(editor.isDirty());
            assertEquals("城东派出所（一）", editor.getPartName());
            assertEquals("城东派出所（一）", Ui.row(explorer.viewer(), station));
            Screenshots.settle(workbench.getDisplay(), 1500);
            Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()), "unit-editor");

            Ui.execute(workbench, IWorkbenchCommandConstants.EDIT_UNDO);
            assertEquals("城东派出所", station.getName());
            assertEquals("城东派出所", name.getText());
            assertFalse(editor.isDirty());

            Ui.execute(workbench, IWorkbenchCommandConstants.EDIT_REDO);
            editor.doSave(null);
            assertFalse(session.isDirty());
            assertFalse(editor.isDirty());
        });
    }

    @Test
    void personAndPostEditorsShowTenureHistoriesLatestFirst() throws Exception {
        TestWorkspaces.small(folder);
        RunningWorkbench.run(List.of("--workspace", folder.toString()), workbench -> {
            WorkspaceSession session = Ui.session(workbench);
            Person li = Ui.named(session.organisation(), Person.class, "李四");
            workbench.getActiveWorkbenchWindow().getShell().forceActive();
            PersonEditor person = (PersonEditor) ModelEditors.open(Ui.page(workbench), li);
            Screenshots.settle(workbench.getDisplay(), 1000);
            assertEquals(List.of("L区 / 公安分局 / 城东派出所 / 副所长|2019-07-01|至今",
                    "L区 / 公安分局 / 城东派出所 / 所长|2010-01-01|2012-02-29|2.2"),
                    rows(person.tenures()).stream().map(EditorsTest::withoutOpenLength).toList());
            Screenshots.settle(workbench.getDisplay(), 1500);
            Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()), "person-editor");

            Post head = Ui.named(session.organisation(), Post.class, "所长");
            PostEditor post = (PostEditor) ModelEditors.open(Ui.page(workbench), head);
            Ui.settle(workbench);
            assertEquals(List.of("张三|2012-03-01|至今", "李四|2010-01-01|2012-02-29|2.2"),
                    rows(post.holders()).stream().map(EditorsTest::withoutOpenLength).toList());
        });
    }

    @Test
    void anEditorClosesWhenItsObjectIsDeleted() throws Exception {
        TestWorkspaces.small(folder);
        RunningWorkbench.run(List.of("--workspace", folder.toString()), workbench -> {
            WorkspaceSession session = Ui.session(workbench);
            Unit station = Ui.named(session.organisation(), Unit.class, "城东派出所");
            IEditorPart editor = ModelEditors.open(Ui.page(workbench), station);
            Ui.settle(workbench);
            session.execute(DeletionPlan.of(List.of(station)).toCommand(session.editingDomain()));
            Ui.settle(workbench);
            assertNull(Ui.page(workbench).findEditor(editor.getEditorInput()));
            assertTrue(session.isDirty(), "closing the editor keeps the change in the workspace");
        });
    }

    /** The cells of each row joined by "|". */
    private static List<String> rows(TableViewer table) {
        int columns = table.getTable().getColumnCount();
        return Arrays.stream(table.getTable().getItems())
                .map(item -> String.join("|", cells(item, columns))).toList();
    }

    private static List<String> cells(TableItem item, int columns) {
        return java.util.stream.IntStream.range(0, columns).mapToObj(item::getText).toList();
    }

    /** The length of a tenure held today depends on today: leave it out. */
    private static String withoutOpenLength(String row) {
        return row.contains("至今") ? row.substring(0, row.lastIndexOf('|')) : row;
    }

    private static Text textShowing(IEditorPart editor, String text) {
        Composite root = (Composite) ((org.eclipse.ui.part.EditorPart) editor).getSite().getShell();
        Text found = find(root, text);
        if (found == null) {
            throw new AssertionError("no field shows " + text);
        }
        return found;
    }

    private static Text find(Control control, String text) {
        if (control instanceof Text field && field.isVisible() && field.getText().equals(text)
                && (field.getStyle() & SWT.SEARCH) == 0) {
            return field;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Text found = find(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
