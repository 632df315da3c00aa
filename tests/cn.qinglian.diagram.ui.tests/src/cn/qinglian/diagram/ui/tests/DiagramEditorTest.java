package cn.qinglian.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.query.Units;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.ui.internal.DiagramEditor;
import cn.qinglian.diagram.ui.internal.DiagramPrinting;
import cn.qinglian.diagram.ui.internal.EdgeItem;
import cn.qinglian.diagram.ui.internal.Highlight.Role;
import cn.qinglian.diagram.ui.internal.NewLineRules;
import cn.qinglian.diagram.ui.internal.NodeItem;
import cn.qinglian.diagram.ui.internal.parts.NodePart;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Post;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.explorer.ExplorerView;
import cn.qinglian.ui.testing.Controls;
import cn.qinglian.ui.testing.RunningWorkbench;
import cn.qinglian.ui.testing.Screenshots;

/**
 * A station's reporting diagram on the shipped L-district sample, as a user works with it: opened from
 * the explorer's context menu, a click highlights a post's chain, a layer is hidden, a new line is
 * drawn by dragging from post to post and undone, and the diagram is exported and printed.
 */
class DiagramEditorTest {

    @TempDir
    Path folder;

    @Test
    void openHighlightHideALayerDrawALineAndUndoIt() throws Exception {
        RunningWorkbench.run(List.of(), this::scenario);
    }

    private void scenario(IWorkbench workbench) throws Exception {
        WorkspaceSession session = DiagramUi.session(workbench);
        Organisation organisation = session.organisation();
        ReportingLine internal = internalLineInAStation(organisation);
        Post reporter = (Post) internal.getFrom();
        Post hearer = (Post) internal.getTo();
        Unit station = stationOf(reporter);

        IWorkbenchPage page = DiagramUi.page(workbench);
        ExplorerView explorer = (ExplorerView) page.showView(ExplorerView.ID);
        explorer.reveal(station);
        page.activate(explorer);
        DiagramUi.settle(workbench);
        Controls.chooseFromContextMenu(explorer.viewer().getControl(), "打开图");
        DiagramUi.settle(workbench);

        DiagramEditor editor = (DiagramEditor) page.getActiveEditor();
        assertNotNull(editor, "the diagram opened");
        assertSame(station, editor.subject().object());
        assertEquals(station.getName(), editor.getPartName());
        for (Unit unit : Units.subtree(station)) {
            for (Post post : unit.getPosts()) {
                NodeItem node = editor.state().node(post.getId());
                assertNotNull(node, "a box for " + post.getName());
                assertTrue(DiagramUi.part(editor, node).getFigure().isVisible());
            }
        }

        // zoom and the overview
        double fitted = editor.viewer().zoom().getZoom();
        editor.viewer().zoom().zoomIn();
        assertTrue(editor.viewer().zoom().getZoom() > fitted, "zoomed in from " + fitted);
        editor.viewer().zoom().zoomOut();
        editor.viewer().fit();
        assertTrue(editor.viewer().zoom().getZoom() <= 1);

        // a click on the reporting post highlights its chain
        editor.viewer().zoom().setZoom(1);
        NodeItem reporterNode = editor.state().node(reporter.getId());
        NodeItem hearerNode = editor.state().node(hearer.getId());
        editor.viewer().gef().reveal(DiagramUi.part(editor, reporterNode));
        DiagramUi.settle(workbench);
        DiagramUi.click(editor, DiagramUi.part(editor, reporterNode));
        DiagramUi.settle(workbench);
        assertEquals(Role.FOCUS, DiagramUi.part(editor, reporterNode).nodeFigure().role());
        assertEquals(Role.UP, DiagramUi.part(editor, hearerNode).nodeFigure().role());
        assertTrue(editor.state().nodes().stream()
                .anyMatch(node -> DiagramUi.part(editor, node).nodeFigure().role() == Role.DIMMED),
                "boxes off the chain are dimmed");
        EdgeItem internalEdge = edge(editor, internal.getId());
        assertTrue(DiagramUi.part(editor, internalEdge).edgeFigure().isOnChain());
        assertEquals(List.of(reporter),
                ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList(),
                "the editor's selection is the model object (for Properties)");
        assertSame(reporter, explorer.viewer().getStructuredSelection().getFirstElement(),
                "the explorer follows the diagram");
        Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()), "diagram-chain");

        // the explorer's selection selects the box
        page.activate(explorer);
        explorer.reveal(hearer);
        Screenshots.settle(workbench.getDisplay(), 800);
        assertEquals(List.of(DiagramUi.part(editor, hearerNode)), editor.viewer().gef().getSelectedEditParts());
        page.activate(editor);

        // hide the layer of internal lines
        Button layer = editor.layerCheckBox(EdgeKind.INTERNAL);
        assertEquals("内部报告", layer.getText());
        layer.setSelection(false);
        layer.notifyListeners(SWT.Selection, new Event());
        DiagramUi.settle(workbench);
        assertFalse(editor.state().isShown(EdgeKind.INTERNAL));
        int hiddenEdges = 0;
        for (EdgeItem edge : editor.state().edges()) {
            boolean internalKind = edge.routed().edge().kind() == EdgeKind.INTERNAL;
            assertEquals(!internalKind, DiagramUi.part(editor, edge).getFigure().isVisible(), edge.toString());
            hiddenEdges += internalKind ? 1 : 0;
        }
        assertTrue(hiddenEdges > 0);
        Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()),
                "diagram-internal-hidden");
        layer.setSelection(true);
        layer.notifyListeners(SWT.Selection, new Event());
        assertTrue(DiagramUi.part(editor, internalEdge).getFigure().isVisible());

        // draw a 逐级 line from the reporter to a post on screen, then undo it
        editor.setNewLineKind(ReportingKind.LEVEL);
        editor.viewer().gef().reveal(DiagramUi.part(editor, reporterNode));
        DiagramUi.settle(workbench);
        Post target = null;
        for (NodeItem node : editor.state().nodes()) {
            if (organisationObject(organisation, node.id()) instanceof Post post && post != reporter
                    && DiagramUi.onScreen(editor, DiagramUi.part(editor, node))
                    && NewLineRules.problem(organisation, reporter, post, ReportingKind.LEVEL).isEmpty()) {
                target = post;
                break;
            }
        }
        assertNotNull(target, "a post on screen the reporter may report to");
        Set<ReportingLine> before = new HashSet<>(organisation.getReportingLines());
        DiagramUi.drag(editor, DiagramUi.part(editor, reporterNode),
                DiagramUi.part(editor, editor.state().node(target.getId())));
        DiagramUi.settle(workbench);
        List<ReportingLine> added = new ArrayList<>(organisation.getReportingLines());
        added.removeAll(before);
        assertEquals(1, added.size(), "one line drawn");
        ReportingLine drawn = added.get(0);
        assertSame(reporter, drawn.getFrom());
        assertSame(target, drawn.getTo());
        assertEquals(ReportingKind.LEVEL, drawn.getKind());
        assertTrue(session.isDirty());
        EdgeItem drawnEdge = edge(editor, drawn.getId());
        assertNotNull(drawnEdge, "the diagram follows the model: the new line is drawn");
        assertTrue(DiagramUi.part(editor, drawnEdge).getFigure().isVisible());
        Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()), "diagram-line-drawn");

        workbench.getActiveWorkbenchWindow().getService(IHandlerService.class)
                .executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        DiagramUi.settle(workbench);
        assertEquals(before, new HashSet<>(organisation.getReportingLines()), "undone");
        assertNull(edge(editor, drawn.getId()), "the undone line is no longer drawn");

        // a line closing a cycle is refused
        DiagramUi.drag(editor, DiagramUi.part(editor, editor.state().node(hearer.getId())),
                DiagramUi.part(editor, editor.state().node(reporter.getId())));
        DiagramUi.settle(workbench);
        assertEquals(before, new HashSet<>(organisation.getReportingLines()), "no cycle drawn");

        // find, collapse
        editor.find(hearer.getName());
        assertTrue(editor.viewer().gef().getSelectedEditParts().stream()
                .allMatch(part -> part instanceof NodePart node && node.item().placed().node().text()
                        .contains(hearer.getName())));
        NodeItem hearerNow = editor.state().node(hearer.getId());
        editor.setCollapsed(hearerNow, true);
        assertFalse(DiagramUi.part(editor, editor.state().node(reporter.getId())).getFigure().isVisible(),
                "a collapsed box hides those reporting to it");
        editor.setCollapsed(hearerNow, false);
        assertTrue(DiagramUi.part(editor, editor.state().node(reporter.getId())).getFigure().isVisible());

        // a post and a person open their chains from the explorer too
        page.activate(explorer);
        explorer.reveal(reporter);
        DiagramUi.settle(workbench);
        Controls.chooseFromContextMenu(explorer.viewer().getControl(), "打开图");
        DiagramUi.settle(workbench);
        DiagramEditor chain = (DiagramEditor) page.getActiveEditor();
        assertSame(reporter, chain.subject().object());
        assertNotNull(chain.state().node(hearer.getId()), "the chain of a post reaches the post it reports to");
        cn.qinglian.model.Person holder = reporter.getTenures().stream().filter(t -> t.getEnd() == null)
                .map(cn.qinglian.model.Tenure::getPerson).findFirst().orElseThrow();
        page.activate(explorer);
        explorer.reveal(holder);
        DiagramUi.settle(workbench);
        Controls.chooseFromContextMenu(explorer.viewer().getControl(), "打开图");
        DiagramUi.settle(workbench);
        DiagramEditor personal = (DiagramEditor) page.getActiveEditor();
        assertSame(holder, personal.subject().object());
        assertNotNull(personal.state().node(reporter.getId()), "a person's diagram starts at the post held");
        page.closeEditor(personal, false);
        page.closeEditor(chain, false);
        page.activate(editor);

        // export and print
        Path svg = folder.resolve("station.svg");
        editor.export(svg);
        String written = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(written.contains(station.getName()), "the SVG names the station");
        assertTrue(written.contains(hearer.getName()), "the SVG has the boxes' labels");
        Image printed = DiagramPrinting.render(workbench.getDisplay(), editor.viewer().printable(), editor.extent(),
                1400);
        try {
            ImageData data = printed.getImageData();
            assertTrue(inkShare(data) > 0.01, "the print path draws the diagram: " + inkShare(data));
            Screenshots.save(data, "diagram-print");
        } finally {
            printed.dispose();
        }
    }

    private static double inkShare(ImageData data) {
        int ink = 0;
        for (int y = 0; y < data.height; y += 2) {
            for (int x = 0; x < data.width; x += 2) {
                org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                if (rgb.red + rgb.green + rgb.blue < 600) {
                    ink++;
                }
            }
        }
        return ink / ((data.width / 2.0) * (data.height / 2.0));
    }

    private static EdgeItem edge(DiagramEditor editor, String id) {
        return editor.state().edges().stream().filter(edge -> edge.id().equals(id)).findFirst().orElse(null);
    }

    private static Object organisationObject(Organisation organisation, String id) {
        return organisation.eResource().getEObject(id);
    }

    /** An internal line between two posts of one station whose hearer reports on (a chain of two steps or more). */
    private static ReportingLine internalLineInAStation(Organisation organisation) {
        for (ReportingLine line : organisation.getReportingLines()) {
            if (line.getKind() == ReportingKind.INTERNAL && line.getFrom() instanceof Post from
                    && line.getTo() instanceof Post to && stationOf(from) != null
                    && stationOf(from) == stationOf(to) && from.getUnit() != to.getUnit()) {
                return line;
            }
        }
        for (ReportingLine line : organisation.getReportingLines()) {
            if (line.getKind() == ReportingKind.INTERNAL && line.getFrom() instanceof Post from
                    && line.getTo() instanceof Post to && stationOf(from) != null && stationOf(from) == stationOf(to)) {
                return line;
            }
        }
        throw new AssertionError("the sample has no internal line inside a station");
    }

    private static Unit stationOf(Post post) {
        for (Unit unit = post.getUnit(); unit != null; unit = unit.getParent()) {
            if (unit.getKind() == UnitKind.STATION) {
                return unit;
            }
        }
        return null;
    }
}
