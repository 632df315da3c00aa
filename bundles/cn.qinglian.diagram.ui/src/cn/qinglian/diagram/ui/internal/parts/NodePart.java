package cn.qinglian.diagram.ui.internal.parts;

import java.util.List;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.tools.SelectEditPartTracker;

import cn.qinglian.diagram.Box;
import cn.qinglian.diagram.NodeType;
import cn.qinglian.diagram.ui.internal.NodeItem;

/** A box; dragging from a post to another post draws a new reporting line, a click selects. */
public final class NodePart extends AbstractGraphicalEditPart implements org.eclipse.gef.NodeEditPart {

    private final DiagramLook look;
    private final LineDrawing drawing;

    NodePart(NodeItem item, DiagramLook look, LineDrawing drawing) {
        this.look = look;
        this.drawing = drawing;
        setModel(item);
    }

    public NodeItem item() {
        return (NodeItem) getModel();
    }

    public NodeFigure nodeFigure() {
        return (NodeFigure) getFigure();
    }

    @Override
    protected IFigure createFigure() {
        return new NodeFigure(item(), look, item().state().diagram().style().lineHeight());
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new LinePolicy(drawing));
    }

    @Override
    protected void refreshVisuals() {
        Box box = item().placed().bounds();
        Rectangle bounds = new Rectangle((int) Math.round(box.x()), (int) Math.round(box.y()),
                (int) Math.round(box.width()), (int) Math.round(box.height()));
        ((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(), bounds);
    }

    @Override
    protected List<?> getModelSourceConnections() {
        return item().state().edgesFrom(item().index());
    }

    @Override
    protected List<?> getModelTargetConnections() {
        return item().state().edgesTo(item().index());
    }

    @Override
    public void setSelected(int value) {
        super.setSelected(value);
        nodeFigure().setSelected(value != SELECTED_NONE);
    }

    @Override
    public DragTracker getDragTracker(Request request) {
        return item().placed().node().type() == NodeType.POST ? new LineDrawingTracker(this)
                : new SelectEditPartTracker(this);
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(Request request) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(Request request) {
        return new ChopboxAnchor(getFigure());
    }
}
