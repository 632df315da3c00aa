package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceDescriptor;

import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.AboutDialog;
import cn.qinglian.ui.internal.MainPerspective;
import cn.qinglian.ui.internal.QinglianApplication;
import cn.qinglian.ui.internal.explorer.ExplorerView;
import cn.qinglian.ui.testing.RunningWorkbench;
import cn.qinglian.ui.testing.Screenshots;
import cn.qinglian.ui.testing.ScriptedDialogs;
import cn.qinglian.ui.testing.Ui;

/** Starts the real workbench (our application and product) on the L-district sample. */
class WorkbenchStartTest {

    @Test
    void windowShowsProductAndWorkspaceInChineseAndTheMainPerspective() throws Exception {
        // the shipped sample has no organisation file yet: the workbench offers to create an empty one
        ScriptedDialogs user = new ScriptedDialogs().createOrganisation(true);
        RunningWorkbench.run(List.of(), user, workbench -> checkMainWindow(workbench.getActiveWorkbenchWindow()));
    }

    @Test
    void aboutDialogShowsVersionAndBuildId(@TempDir Path folder) throws Exception {
        TestWorkspaces.small(folder);
        RunningWorkbench.run(List.of("--workspace", folder.toString()),
                workbench -> checkAbout(workbench.getActiveWorkbenchWindow()));
    }

    @Test
    void workspaceWithoutOrganisationIsNotOpenedWhenTheUserDeclinesToCreateOne(@TempDir Path folder)
            throws Exception {
        WorkspaceDescriptor.create(folder, "空区");
        ScriptedDialogs user = new ScriptedDialogs().createOrganisation(false);
        Object code = RunningWorkbench.start(List.of("--workspace", folder.toString()), user, workbench -> {
            throw new AssertionError("no window expected");
        });
        assertEquals(QinglianApplication.EXIT_NO_WORKSPACE, code);
        assertEquals(List.of("createOrganisation"), user.asked());
        assertFalse(Files.exists(folder.resolve(XmiWorkspaceStore.ORGANISATION_FILE)));
    }

    @Test
    void workspaceWithoutOrganisationGetsAnEmptyOneWhenTheUserAgrees(@TempDir Path folder) throws Exception {
        WorkspaceDescriptor.create(folder, "空区");
        ScriptedDialogs user = new ScriptedDialogs().createOrganisation(true);
        RunningWorkbench.run(List.of("--workspace", folder.toString()), user, workbench -> {
            assertEquals("空区", Ui.session(workbench).organisation().getName());
            assertTrue(Ui.session(workbench).organisation().getUnits().isEmpty());
            assertFalse(Ui.session(workbench).isDirty());
        });
        assertEquals(List.of("createOrganisation"), user.asked());
        assertEquals("空区", new XmiWorkspaceStore().load(folder).organisation().getName());
    }

    private void checkMainWindow(IWorkbenchWindow window) throws Exception {
        assertNotNull(window, "no workbench window opened");
        Shell shell = window.getShell();
        assertEquals("清廉站所巡察工作台 — L区", shell.getText());
        IWorkbenchPage page = window.getActivePage();
        assertEquals(MainPerspective.ID, page.getPerspective().getId());
        assertEquals("责任体系", page.getPerspective().getLabel());

        ExplorerView view = (ExplorerView) page.findView(ExplorerView.ID);
        assertNotNull(view, "organisation explorer missing from the perspective");
        assertEquals("组织机构", page.findViewReference(ExplorerView.ID).getPartName());
        assertEquals("属性", page.findViewReference(IPageLayout.ID_PROP_SHEET).getPartName(),
                "the platform's Properties view speaks Chinese too");
        assertEquals("确定", JFaceResources.getString("ok"));
        List<String> rows = java.util.Arrays.stream(view.viewer().getTree().getItems()).map(item -> item.getText())
                .toList();
        List<String> folders = rows.subList(rows.size() - 3, rows.size());
        assertTrue(folders.get(0).startsWith("人员名册") && folders.get(1).startsWith("报告链")
                && folders.get(2).startsWith("分管关系"), rows.toString());

        ImageData screenshot = Screenshots.capture(shell);
        Path saved = Screenshots.save(screenshot, "workbench");
        assertTrue(Files.size(saved) > 10_000, "screenshot too small: " + saved);
        assertTrue(distinctColours(screenshot) > 16, "the screenshot is blank");
    }

    private void checkAbout(IWorkbenchWindow window) throws Exception {
        WorkspaceSession session = window.getService(WorkspaceSession.class);
        assertNotNull(session, "the workspace session is not published to the window");
        AboutDialog about = new AboutDialog(window.getShell(), session);
        about.setBlockOnOpen(false);
        about.open();
        try {
            List<String> lines = about.getShell().isVisible() ? aboutLines(about) : List.of();
            assertEquals("关于清廉站所巡察工作台", about.getShell().getText());
            assertTrue(lines.contains("版本：0.1.0"), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.matches("构建号：\\d{12}")), lines.toString());
            Screenshots.save(Screenshots.capture(about.getShell()), "about");
        } finally {
            about.close();
        }
    }

    private static List<String> aboutLines(AboutDialog about) {
        return java.util.Arrays.stream(((org.eclipse.swt.widgets.Composite) about.getShell().getChildren()[0])
                .getChildren()).flatMap(WorkbenchStartTest::labels).toList();
    }

    private static java.util.stream.Stream<String> labels(org.eclipse.swt.widgets.Control control) {
        if (control instanceof org.eclipse.swt.widgets.Label label) {
            return java.util.stream.Stream.of(label.getText());
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            return java.util.Arrays.stream(composite.getChildren()).flatMap(WorkbenchStartTest::labels);
        }
        return java.util.stream.Stream.empty();
    }

    private static int distinctColours(ImageData data) {
        java.util.Set<RGB> colours = new java.util.HashSet<>();
        for (int y = 0; y < data.height; y += 7) {
            for (int x = 0; x < data.width; x += 7) {
                colours.add(data.palette.getRGB(data.getPixel(x, y)));
            }
        }
        return colours.size();
    }

}
