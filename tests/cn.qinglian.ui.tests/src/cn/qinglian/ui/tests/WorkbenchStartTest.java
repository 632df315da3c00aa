package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.Test;

import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.AboutDialog;
import cn.qinglian.ui.internal.MainPerspective;
import cn.qinglian.ui.internal.WorkspaceView;

/** Starts the real workbench (our application and product) on the L-district sample. */
class WorkbenchStartTest {

    @Test
    void windowShowsProductAndWorkspaceInChineseAndTheMainPerspective() throws Exception {
        RunningWorkbench.run(List.of(), workbench -> checkMainWindow(workbench.getActiveWorkbenchWindow()));
    }

    @Test
    void aboutDialogShowsVersionAndBuildId() throws Exception {
        RunningWorkbench.run(List.of("--workspace", RunningWorkbench.sampleWorkspace().toString()),
                workbench -> checkAbout(workbench.getActiveWorkbenchWindow()));
    }

    private void checkMainWindow(IWorkbenchWindow window) throws Exception {
        assertNotNull(window, "no workbench window opened");
        Shell shell = window.getShell();
        assertEquals("清廉站所巡察工作台 — L区", shell.getText());
        IWorkbenchPage page = window.getActivePage();
        assertEquals(MainPerspective.ID, page.getPerspective().getId());
        assertEquals("责任体系", page.getPerspective().getLabel());

        WorkspaceView view = (WorkspaceView) page.findView(WorkspaceView.ID);
        assertNotNull(view, "workspace view missing from the perspective");
        assertEquals("工作区", page.findViewReference(WorkspaceView.ID).getPartName());
        Table files = findTable(shell);
        List<String> listed = java.util.Arrays.stream(files.getItems()).map(item -> item.getText(0)).toList();
        assertTrue(listed.containsAll(List.of("organisation.qinglian", "qinglian-workspace.properties")),
                "the sample's files are listed: " + listed);
        assertEquals("文件", files.getColumn(0).getText());

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

    private static Table findTable(org.eclipse.swt.widgets.Composite parent) {
        for (var child : parent.getChildren()) {
            if (child instanceof Table table && table.isVisible()) {
                return table;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                Table found = findTable(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
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
