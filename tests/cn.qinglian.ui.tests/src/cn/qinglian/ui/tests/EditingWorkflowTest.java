package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.model.Cadence;
import cn.qinglian.model.Gender;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.emf.ModelPropertySheetPage;
import cn.qinglian.ui.internal.editing.Drafts.PersonDraft;
import cn.qinglian.ui.internal.editing.Drafts.PostDraft;
import cn.qinglian.ui.internal.editing.Drafts.ReportingLineDraft;
import cn.qinglian.ui.internal.editing.Drafts.TenureDraft;
import cn.qinglian.ui.internal.editing.Drafts.UnitDraft;
import cn.qinglian.ui.internal.explorer.ExplorerView;
import cn.qinglian.ui.internal.recovery.RecoveryJournal;
import cn.qinglian.ui.testing.RunningWorkbench;
import cn.qinglian.ui.testing.Screenshots;
import cn.qinglian.ui.testing.ScriptedDialogs;
import cn.qinglian.ui.testing.Ui;

/**
 * The inspection-team member's everyday round: open the workspace, add a unit and a post from the
 * explorer, rename the unit in the Properties view, undo and redo, save, restart and find it all again.
 */
class EditingWorkflowTest {

    private static final String NEW_UNIT = "城西派出所";
    private static final String RENAMED = "城西派出所（新址）";

    @TempDir
    Path folder;

    @Test
    void createRenameUndoRedoSaveAndFindItAfterARestart() throws Exception {
        TestWorkspaces.small(folder);
        ScriptedDialogs user = new ScriptedDialogs()
                .answer(new UnitDraft(NEW_UNIT, UnitKind.STATION))
                .answer(new PostDraft("教导员", PostRole.LEADERSHIP_MEMBER));
        RunningWorkbench.run(List.of("--workspace", folder.toString()), user, this::editAndSave);
        assertEquals(List.of("newUnit", "newPost"), user.asked());

        RunningWorkbench.run(List.of("--workspace", folder.toString()), workbench -> {
            WorkspaceSession session = Ui.session(workbench);
            Unit police = Ui.named(session.organisation(), Unit.class, "公安分局");
            Unit created = Ui.named(session.organisation(), Unit.class, RENAMED);
            assertEquals(police, created.getParent());
            assertEquals(UnitKind.STATION, created.getKind());
            assertEquals("教导员", created.getPosts().get(0).getName());
            assertFalse(session.isDirty());
            ExplorerView explorer = Ui.explorer(workbench);
            explorer.reveal(created);
            Ui.settle(workbench);
            assertEquals(RENAMED, Ui.row(explorer.viewer(), created));
        });
    }

    @Test
    void newPersonTenureAndReportingLineFromTheExplorerAreOneUndoEach() throws Exception {
        TestWorkspaces.small(folder);
        ScriptedDialogs user = new ScriptedDialogs().answer(new PersonDraft("赵六", "P004", Gender.FEMALE, 1985));
        RunningWorkbench.run(List.of("--workspace", folder.toString()), user, workbench -> {
            WorkspaceSession session = Ui.session(workbench);
            ExplorerView explorer = Ui.explorer(workbench);
            explorer.actions().newPerson().run();
            Person zhao = Ui.named(session.organisation(), Person.class, "赵六");
            assertEquals(List.of(zhao), explorer.viewer().getStructuredSelection().toList());
            assertEquals("赵六  P004", Ui.row(explorer.viewer(), zhao));

            Post chief = Ui.named(session.organisation(), Post.class, "局长");
            explorer.reveal(chief);
            assertTrue(explorer.actions().newTenure().isEnabled(), "a post can get a holder");
            user.answer(new TenureDraft(zhao, chief, LocalDate.of(2024, 5, 1), null));
            explorer.actions().newTenure().run();
            Tenure tenure = zhao.getTenures().get(0);
            assertEquals(chief, tenure.getPost());
            assertEquals("赵六  2024-05-01 起", Ui.row(explorer.viewer(), tenure), "the new holder shows under the post");

            Unit station = Ui.named(session.organisation(), Unit.class, "城东派出所");
            explorer.reveal(station);
            user.answer(new ReportingLineDraft(ReportingKind.LINE, station, chief, Cadence.MONTHLY));
            explorer.actions().newReportingLine().run();
            ReportingLine line = session.organisation().getReportingLines().get(1);
            assertEquals("系统报告: 城东派出所 → 局长  每月", Ui.row(explorer.viewer(), line));

            Ui.execute(workbench, IWorkbenchCommandConstants.EDIT_UNDO);
            assertEquals(1, session.organisation().getReportingLines().size());
            Ui.execute(workbench, IWorkbenchCommandConstants.EDIT_UNDO);
            assertTrue(zhao.getTenures().isEmpty());
            assertTrue(chief.getTenures().isEmpty());
            Ui.execute(workbench, IWorkbenchCommandConstants.EDIT_UNDO);
            assertFalse(session.organisation().getPeople().contains(zhao));
            assertFalse(session.isDirty());
        });
        assertEquals(List.of("newPerson", "newTenure", "newReportingLine"), user.asked());
    }

    private void editAndSave(IWorkbench workbench) throws Exception {
        WorkspaceSession session = Ui.session(workbench);
        ExplorerView explorer = Ui.explorer(workbench);
        Unit police = Ui.named(session.organisation(), Unit.class, "公安分局");
        assertEquals("清廉站所巡察工作台 — L区", Ui.title(workbench));
        Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()), "explorer");

        explorer.reveal(police);
        explorer.actions().newUnit().run();
        Unit created = Ui.named(session.organisation(), Unit.class, NEW_UNIT);
        assertEquals(police, created.getParent());
        UUID.fromString(created.getId());
        assertEquals(List.of(created), explorer.viewer().getStructuredSelection().toList());
        assertEquals("清廉站所巡察工作台 — *L区", Ui.title(workbench), "dirty marker in the title");
        ICommandService commands = workbench.getService(ICommandService.class);
        assertTrue(commands.getCommand(IWorkbenchCommandConstants.FILE_SAVE).isEnabled(), "Save is enabled");
        assertTrue(bound(workbench, IWorkbenchCommandConstants.FILE_SAVE, "CTRL+S"), "Ctrl+S saves");
        assertTrue(bound(workbench, IWorkbenchCommandConstants.EDIT_UNDO, "CTRL+Z"), "Ctrl+Z undoes");
        assertTrue(bound(workbench, IWorkbenchCommandConstants.EDIT_REDO, "CTRL+Y"), "Ctrl+Y redoes on GTK too");

        explorer.actions().newPost().run();
        Post post = created.getPosts().get(0);
        assertEquals("教导员", post.getName());
        assertEquals(PostRole.LEADERSHIP_MEMBER, post.getRole());
        UUID.fromString(post.getId());

        explorer.reveal(created);
        PropertySheet properties = (PropertySheet) Ui.page(workbench).showView(IPageLayout.ID_PROP_SHEET);
        Ui.page(workbench).activate(explorer);
        Ui.settle(workbench);
        ModelPropertySheetPage page = assertInstanceOf(ModelPropertySheetPage.class, properties.getCurrentPage());
        IPropertySource source = page.propertySourceProvider().getPropertySource(created);
        source.setPropertyValue("name", RENAMED);
        Ui.settle(workbench);
        assertEquals(RENAMED, created.getName());
        assertEquals(RENAMED, Ui.row(explorer.viewer(), created));

        Ui.execute(workbench, IWorkbenchCommandConstants.EDIT_UNDO);
        assertEquals(NEW_UNIT, created.getName());
        assertEquals(NEW_UNIT, Ui.row(explorer.viewer(), created));
        Ui.execute(workbench, IWorkbenchCommandConstants.EDIT_REDO);
        assertEquals(RENAMED, created.getName());
        assertEquals(RENAMED, Ui.row(explorer.viewer(), created));

        openKindEditor(workbench, properties);

        Ui.execute(workbench, IWorkbenchCommandConstants.FILE_SAVE);
        assertFalse(session.isDirty());
        assertEquals("清廉站所巡察工作台 — L区", Ui.title(workbench));
        assertFalse(commands.getCommand(IWorkbenchCommandConstants.FILE_SAVE).isEnabled(), "nothing left to save");
        String saved = Files.readString(folder.resolve(XmiWorkspaceStore.ORGANISATION_FILE), StandardCharsets.UTF_8);
        assertTrue(saved.contains(RENAMED) && saved.contains("教导员"), "the saved file holds the changes");
        assertFalse(Files.exists(new RecoveryJournal(folder).file()), "saving removes the recovery copy");
    }

    /**
     * Whether {@code keys} run {@code commandId} in the default key scheme on this platform: a binding
     * for it exists and no deletion marker of the platform's (same keys, context and scheme) removes it.
     * Read from the binding definitions: the active binding tables are only built for the first workbench
     * of a process, and this test may run in a later one.
     */
    private static boolean bound(IWorkbench workbench, String commandId, String keys) throws Exception {
        KeySequence trigger = KeySequence.getInstance(keys);
        List<Binding> candidates = java.util.Arrays.stream(workbench.getService(IBindingService.class).getBindings())
                .filter(binding -> binding.getTriggerSequence().equals(trigger)
                        && "org.eclipse.ui.defaultAcceleratorConfiguration".equals(binding.getSchemeId())
                        && (binding.getPlatform() == null || binding.getPlatform().equals(SWT.getPlatform())))
                .toList();
        return candidates.stream().anyMatch(binding -> binding.getParameterizedCommand() != null
                && binding.getParameterizedCommand().getId().equals(commandId)
                && candidates.stream().noneMatch(deletion -> deletion.getParameterizedCommand() == null
                        && deletion.getContextId().equals(binding.getContextId())));
    }

    /** Clicks the kind (类别) row of the Properties view so that its combo opens, and takes a screenshot. */
    private void openKindEditor(IWorkbench workbench, PropertySheet properties) throws Exception {
        Ui.page(workbench).activate(properties);
        Tree tree = find(properties.getCurrentPage().getControl(), Tree.class);
        assertNotNull(tree);
        TreeItem kind = null;
        for (TreeItem item : tree.getItems()) {
            if (item.getText(0).equals("类别")) {
                kind = item;
            }
        }
        assertNotNull(kind, "the kind property is listed in Chinese");
        assertEquals("站所", kind.getText(1));
        tree.setSelection(kind);
        Rectangle value = kind.getBounds(1);
        Event click = new Event();
        click.button = 1;
        click.x = value.x + 4;
        click.y = value.y + value.height / 2;
        tree.notifyListeners(SWT.MouseDown, click);
        Ui.settle(workbench);
        CCombo combo = find(tree, CCombo.class);
        assertNotNull(combo, "a combo opens on the kind property");
        assertEquals(List.of("区", "领导机关", "部门", "街镇", "站所", "科室", "村居两委", "协会商会"),
                List.of(combo.getItems()));
        combo.setListVisible(true);
        Ui.settle(workbench);
        Screenshots.save(Screenshots.captureAsShown(workbench.getActiveWorkbenchWindow().getShell()),
                "properties-enum");
        combo.setListVisible(false);
        tree.setFocus();
        Ui.settle(workbench);
    }

    private static <T extends Control> T find(Control control, Class<T> type) {
        if (type.isInstance(control) && control.isVisible()) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
