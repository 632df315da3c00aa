package cn.qinglian.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.diagram.ui.internal.DiagramEditor;
import cn.qinglian.diagram.ui.internal.OpenDiagramHandler;
import cn.qinglian.diagram.ui.internal.DiagramSubject;
import cn.qinglian.diagram.ui.internal.Highlight.Role;
import cn.qinglian.diagram.ui.internal.NodeItem;
import cn.qinglian.model.Unit;
import cn.qinglian.ui.testing.RunningWorkbench;
import cn.qinglian.ui.testing.Screenshots;

/**
 * Timing harness of the diagram workbench (figures in docs/benchmarks.md, "Diagrams — workbench"):
 * layout of a 2,000-box district as the editor does it, and the chain highlight on a 5,000-box
 * district, in the real workbench under Xvfb, with warm-up and repeats. Measured and reported
 * (target/figures/diagram-timing.txt), not asserted; the assertions check that what was timed happened.
 */
class DiagramTimingTest {

    private static final int LAYOUT_BOXES = 2_000;
    private static final int HIGHLIGHT_BOXES = 5_000;
    private static final int WARM_UP = 3;
    private static final int LAYOUT_REPEATS = 7;
    private static final int HIGHLIGHT_WARM_UP = 30;
    private static final int HIGHLIGHT_REPEATS = 100;

    @TempDir
    Path folder;

    private final List<String> figures = new ArrayList<>();

    @Test
    void layoutOf2000BoxesAndChainHighlightAt5000() throws Exception {
        Path small = folder.resolve("layout");
        GeneratedDistricts.create(small, LAYOUT_BOXES);
        RunningWorkbench.run(List.of("--workspace", small.toString()), workbench -> timeLayout(workbench));
        Path large = folder.resolve("highlight");
        GeneratedDistricts.create(large, HIGHLIGHT_BOXES);
        RunningWorkbench.run(List.of("--workspace", large.toString()), workbench -> timeHighlight(workbench));

        Path report = Path.of(System.getProperty("qinglian.screenshots", "target/screenshots")).resolveSibling("figures")
                .resolve("diagram-timing.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, figures, StandardCharsets.UTF_8);
        figures.forEach(System.out::println);
    }

    private void timeLayout(IWorkbench workbench) throws Exception {
        DiagramEditor editor = open(workbench);
        assertEquals(LAYOUT_BOXES, editor.state().nodes().size());
        figures.add(String.format("layout, %d boxes, %d lines, first (cold JVM): %d ms", editor.state().nodes().size(),
                editor.state().edges().size(), editor.layoutMillis()));
        long[] layout = new long[LAYOUT_REPEATS];
        long[] whole = new long[LAYOUT_REPEATS];
        for (int i = 0; i < WARM_UP + LAYOUT_REPEATS; i++) {
            long start = System.nanoTime();
            editor.rebuild();
            long took = (System.nanoTime() - start) / 1_000_000;
            if (i >= WARM_UP) {
                layout[i - WARM_UP] = editor.layoutMillis();
                whole[i - WARM_UP] = took;
            }
        }
        figures.add("layout, 2,000 boxes, warm (ms): " + summary(layout));
        long[] graph = new long[LAYOUT_REPEATS];
        for (int i = 0; i < WARM_UP + LAYOUT_REPEATS; i++) {
            long start = System.nanoTime();
            editor.subject().graph(DiagramUi.session(workbench).organisation(), true);
            if (i >= WARM_UP) {
                graph[i - WARM_UP] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        figures.add("graph of the scope from the model, 2,000 boxes, warm (ms): " + summary(graph));
        figures.add("re-layout with graph and GEF parts, 2,000 boxes, warm (ms): " + summary(whole));
    }

    private void timeHighlight(IWorkbench workbench) throws Exception {
        DiagramEditor editor = open(workbench);
        List<NodeItem> nodes = editor.state().nodes();
        assertEquals(HIGHLIGHT_BOXES, nodes.size());
        figures.add(String.format("layout, %d boxes, %d lines (cold): %d ms", nodes.size(),
                editor.state().edges().size(), editor.layoutMillis()));
        editor.viewer().zoom().setZoom(1);
        Screenshots.settle(workbench.getDisplay(), 300);
        Random random = new Random(5000);
        org.eclipse.swt.graphics.Point canvas = editor.viewer().canvas().getSize();
        org.eclipse.swt.graphics.Image offscreen = new org.eclipse.swt.graphics.Image(workbench.getDisplay(), canvas.x,
                canvas.y);
        diagnose(editor, offscreen);
        long[] highlight = new long[HIGHLIGHT_REPEATS];
        long[] painted = new long[HIGHLIGHT_REPEATS];
        for (int i = 0; i < HIGHLIGHT_WARM_UP + HIGHLIGHT_REPEATS; i++) {
            NodeItem node = nodes.get(random.nextInt(nodes.size()));
            long start = System.nanoTime();
            editor.highlight(node);
            long marked = System.nanoTime();
            paintNow(editor, offscreen);
            long done = System.nanoTime();
            assertEquals(Role.FOCUS, DiagramUi.part(editor, node).nodeFigure().role());
            if (i >= HIGHLIGHT_WARM_UP) {
                highlight[i - HIGHLIGHT_WARM_UP] = (marked - start) / 1_000;
                painted[i - HIGHLIGHT_WARM_UP] = (done - start) / 1_000;
            }
        }
        NodeItem root = nodes.get(0);
        long[] worst = new long[50];
        for (int i = 0; i < 60; i++) {
            long start = System.nanoTime();
            editor.highlight(root);
            paintNow(editor, offscreen);
            if (i >= 10) {
                worst[i - 10] = (System.nanoTime() - start) / 1_000;
            }
        }
        assertTrue(editor.state().highlight().downCount() > nodes.size() / 2, "the district head hears most boxes");
        figures.add("chain highlight of the district head (all 5,000 boxes on its chain), incl. painting at 100 % (µs): "
                + summary(worst));
        figures.add("chain highlight, 5,000 boxes: compute chain + mark figures (µs): " + summary(highlight));
        figures.add("chain highlight, 5,000 boxes, incl. painting the whole window at 100 % (µs): " + summary(painted));
        editor.viewer().fit();
        Screenshots.settle(workbench.getDisplay(), 300);
        long[] fitted = new long[20];
        for (int i = 0; i < 25; i++) {
            NodeItem node = nodes.get(random.nextInt(nodes.size()));
            long start = System.nanoTime();
            editor.highlight(node);
            paintNow(editor, offscreen);
            if (i >= 5) {
                fitted[i - 5] = (System.nanoTime() - start) / 1_000;
            }
        }
        figures.add(String.format("chain highlight, 5,000 boxes, incl. painting the whole diagram on screen (zoom %.1f %%) (µs): %s",
                editor.viewer().zoom().getZoom() * 100, summary(fitted)));
        org.eclipse.swt.graphics.Point size = editor.viewer().canvas().getSize();
        figures.add("viewer size: " + size.x + " x " + size.y + " pixels; label font: "
                + editor.viewer().canvas().getDisplay().getSystemFont().getFontData()[0].getName() + " (system), "
                + DiagramUi.part(editor, nodes.get(0)).getFigure().getFont());
        offscreen.dispose();
        editor.viewer().zoom().setZoom(0.5);
        editor.highlight(nodes.get(nodes.size() / 2));
        editor.viewer().gef().reveal(DiagramUi.part(editor, nodes.get(nodes.size() / 2)));
        Screenshots.settle(workbench.getDisplay(), 500);
        Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()), "diagram-5000");
    }

    /**
     * Paints what the window shows, as a paint event would: the viewer's root figure into an image of the
     * canvas's size (an upper bound: the whole window, not only the damaged part; without the copy to screen).
     */
    private static void paintNow(DiagramEditor editor, org.eclipse.swt.graphics.Image offscreen) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(offscreen);
        org.eclipse.draw2d.SWTGraphics graphics = new org.eclipse.draw2d.SWTGraphics(gc);
        try {
            editor.viewer().canvas().getLightweightSystem().getRootFigure().paint(graphics);
        } finally {
            graphics.dispose();
            gc.dispose();
        }
    }

    private void diagnose(DiagramEditor editor, org.eclipse.swt.graphics.Image offscreen) {
        org.eclipse.draw2d.IFigure printable = editor.viewer().printable();
        for (int round = 0; round < 3; round++) {
            StringBuilder line = new StringBuilder("paint per layer (ms):");
            for (Object layer : printable.getChildren()) {
                org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(offscreen);
                org.eclipse.draw2d.SWTGraphics graphics = new org.eclipse.draw2d.SWTGraphics(gc);
                org.eclipse.draw2d.geometry.Point view = editor.viewer().canvas().getViewport().getViewLocation();
                graphics.translate(-view.x, -view.y);
                long start = System.nanoTime();
                ((org.eclipse.draw2d.IFigure) layer).paint(graphics);
                line.append(' ').append(layer.getClass().getSimpleName()).append('=')
                        .append((System.nanoTime() - start) / 1_000_000);
                graphics.dispose();
                gc.dispose();
            }
            long start = System.nanoTime();
            paintNow(editor, offscreen);
            line.append(" root=").append((System.nanoTime() - start) / 1_000_000);
            figures.add(line.toString());
        }
    }

    private static DiagramEditor open(IWorkbench workbench) throws Exception {
        IWorkbenchPage page = DiagramUi.page(workbench);
        Unit district = DiagramUi.session(workbench).organisation().getUnits().get(0);
        DiagramEditor editor = OpenDiagramHandler.open(page, new DiagramSubject(district));
        Screenshots.settle(workbench.getDisplay(), 800);
        org.eclipse.swt.graphics.Point size = editor.viewer().canvas().getSize();
        assertTrue(size.x > 500 && size.y > 300, "the diagram has room: " + size);
        return editor;
    }

    private static String summary(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format("min %d, median %d, max %d (n=%d)", sorted[0], sorted[sorted.length / 2],
                sorted[sorted.length - 1], sorted.length);
    }
}
