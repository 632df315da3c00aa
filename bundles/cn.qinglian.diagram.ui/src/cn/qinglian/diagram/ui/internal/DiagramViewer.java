package cn.qinglian.diagram.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.MouseWheelHandler;
import org.eclipse.gef.MouseWheelZoomHandler;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

import cn.qinglian.diagram.ui.internal.parts.DiagramPart;
import cn.qinglian.diagram.ui.internal.parts.DiagramPartFactory;
import cn.qinglian.diagram.ui.internal.parts.DiagramRootPart;

/**
 * The GEF viewer of a diagram: zoom (toolbar, Ctrl+wheel), pan (scroll bars, wheel, middle-button
 * drag), selection, and the tools that draw new lines. GEF's own command stack executes the line
 * commands and keeps no history: undo is the session's.
 */
public final class DiagramViewer {

    private static final double[] ZOOM_LEVELS = { 0.02, 0.05, 0.1, 0.15, 0.25, 0.35, 0.5, 0.65, 0.8, 1, 1.25, 1.5,
            2, 3, 4 };

    private final ScrollingGraphicalViewer viewer = new ScrollingGraphicalViewer();
    private final DiagramRootPart root = new DiagramRootPart();
    private final EditDomain domain = new EditDomain();
    private org.eclipse.swt.graphics.Point panStart;
    private org.eclipse.draw2d.geometry.Point panOrigin;

    public DiagramViewer(Composite parent, DiagramPartFactory factory) {
        domain.setCommandStack(new PassThroughStack());
        viewer.createControl(parent);
        viewer.setRootEditPart(root);
        viewer.setEditPartFactory(factory);
        domain.addViewer(viewer);
        viewer.getControl().setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        viewer.setProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.MOD1), MouseWheelZoomHandler.SINGLETON);
        zoom().setZoomLevels(ZOOM_LEVELS);
        zoom().setZoomLevelContributions(List.of(ZoomManager.FIT_ALL, ZoomManager.FIT_WIDTH));
        installPanning();
    }

    private void installPanning() {
        Control control = viewer.getControl();
        Listener pan = this::pan;
        control.addListener(SWT.MouseDown, pan);
        control.addListener(SWT.MouseMove, pan);
        control.addListener(SWT.MouseUp, pan);
    }

    private void pan(Event event) {
        FigureCanvas canvas = canvas();
        switch (event.type) {
            case SWT.MouseDown -> {
                if (event.button == 2) {
                    panStart = new org.eclipse.swt.graphics.Point(event.x, event.y);
                    panOrigin = canvas.getViewport().getViewLocation();
                    canvas.setCursor(canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
                }
            }
            case SWT.MouseMove -> {
                if (panStart != null) {
                    canvas.scrollTo(panOrigin.x - (event.x - panStart.x), panOrigin.y - (event.y - panStart.y));
                }
            }
            case SWT.MouseUp -> {
                if (event.button == 2 && panStart != null) {
                    panStart = null;
                    canvas.setCursor(null);
                }
            }
            default -> {
            }
        }
    }

    public ScrollingGraphicalViewer gef() {
        return viewer;
    }

    public FigureCanvas canvas() {
        return (FigureCanvas) viewer.getControl();
    }

    public DiagramRootPart root() {
        return root;
    }

    public ZoomManager zoom() {
        return root.getZoomManager();
    }

    public void show(DiagramState state) {
        viewer.setContents(state);
    }

    /** The part of the diagram shown, or null before the first diagram. */
    public DiagramPart diagramPart() {
        return root.getContents() instanceof DiagramPart part ? part : null;
    }

    /** The part showing {@code model} (a node or edge item), or null. */
    public EditPart part(Object model) {
        return (EditPart) viewer.getEditPartRegistry().get(model);
    }

    /** Selects {@code parts} (empty: nothing) and scrolls the first into view. */
    public void select(List<? extends EditPart> parts) {
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(new ArrayList<>(parts)));
        if (!parts.isEmpty()) {
            viewer.reveal(parts.get(0));
        }
    }

    /** Zooms so the whole diagram fits the window (never above 100 %). */
    public void fit() {
        zoom().setZoomAsText(ZoomManager.FIT_ALL);
        if (zoom().getZoom() > 1) {
            zoom().setZoom(1);
        }
    }

    /** Everything that is printed and exported (clusters, boxes, lines; no handles or feedback). */
    public IFigure printable() {
        return root.printable();
    }

    /** The bounds of a part's figure in viewer control coordinates (zoom and scrolling applied). */
    public Rectangle onScreen(GraphicalEditPart part) {
        Rectangle bounds = part.getFigure().getBounds().getCopy();
        part.getFigure().translateToAbsolute(bounds);
        return bounds;
    }

    public Control control() {
        return viewer.getControl();
    }

    /** Executes the commands of tools (the new-line command executes an EMF command on the session). */
    private static final class PassThroughStack extends CommandStack {
        @Override
        public void execute(Command command) {
            if (command != null && command.canExecute()) {
                command.execute();
            }
        }
    }
}
