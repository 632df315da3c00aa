package cn.qinglian.diagram.ui.tests;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;

import cn.qinglian.diagram.ui.internal.DiagramEditor;
import cn.qinglian.diagram.ui.internal.EdgeItem;
import cn.qinglian.diagram.ui.internal.NodeItem;
import cn.qinglian.diagram.ui.internal.parts.EdgePart;
import cn.qinglian.diagram.ui.internal.parts.NodePart;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.testing.Screenshots;

/** What a test does with the workbench and a diagram: menus, mouse gestures, the parts shown. */
final class DiagramUi {

    private DiagramUi() {
    }

    static WorkspaceSession session(IWorkbench workbench) {
        return workbench.getService(WorkspaceSession.class);
    }

    static IWorkbenchPage page(IWorkbench workbench) {
        return workbench.getActiveWorkbenchWindow().getActivePage();
    }

    static void settle(IWorkbench workbench) {
        Screenshots.settle(workbench.getDisplay(), 300);
    }

    static NodePart part(DiagramEditor editor, NodeItem node) {
        return (NodePart) editor.viewer().part(node);
    }

    static EdgePart part(DiagramEditor editor, EdgeItem edge) {
        return (EdgePart) editor.viewer().part(edge);
    }

    /** The centre of {@code part} in the canvas's coordinates (zoom and scrolling applied). */
    static org.eclipse.swt.graphics.Point centre(DiagramEditor editor, GraphicalEditPart part) {
        Rectangle bounds = editor.viewer().onScreen(part);
        return new org.eclipse.swt.graphics.Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }

    static boolean onScreen(DiagramEditor editor, GraphicalEditPart part) {
        org.eclipse.swt.graphics.Point centre = centre(editor, part);
        return editor.viewer().canvas().getClientArea().contains(centre);
    }

    /** A click with the left button, as the user does it. */
    static void click(DiagramEditor editor, GraphicalEditPart part) {
        org.eclipse.swt.graphics.Point at = centre(editor, part);
        Object under = editor.viewer().gef().findObjectAt(new org.eclipse.draw2d.geometry.Point(at.x, at.y));
        if (under != part) {
            throw new AssertionError("at " + at + " (canvas " + editor.viewer().canvas().getClientArea() + ") is "
                    + under + ", not " + part);
        }
        mouse(editor, SWT.MouseMove, at, 0, 0);
        mouse(editor, SWT.MouseDown, at, 1, 0);
        mouse(editor, SWT.MouseUp, at, 1, SWT.BUTTON1);
    }

    /** A drag with the left button from the centre of {@code from} to the centre of {@code to}. */
    static void drag(DiagramEditor editor, GraphicalEditPart from, GraphicalEditPart to) {
        org.eclipse.swt.graphics.Point start = centre(editor, from);
        org.eclipse.swt.graphics.Point end = centre(editor, to);
        mouse(editor, SWT.MouseMove, start, 0, 0);
        mouse(editor, SWT.MouseDown, start, 1, 0);
        for (int step = 1; step <= 10; step++) {
            org.eclipse.swt.graphics.Point at = new org.eclipse.swt.graphics.Point(
                    start.x + (end.x - start.x) * step / 10, start.y + (end.y - start.y) * step / 10);
            mouse(editor, SWT.MouseMove, at, 0, SWT.BUTTON1);
        }
        mouse(editor, SWT.MouseUp, end, 1, SWT.BUTTON1);
    }

    private static void mouse(DiagramEditor editor, int type, org.eclipse.swt.graphics.Point at, int button,
            int stateMask) {
        Event event = new Event();
        event.x = at.x;
        event.y = at.y;
        event.button = button;
        event.stateMask = stateMask;
        event.time = (int) System.currentTimeMillis();
        editor.viewer().canvas().notifyListeners(type, event);
    }
}
