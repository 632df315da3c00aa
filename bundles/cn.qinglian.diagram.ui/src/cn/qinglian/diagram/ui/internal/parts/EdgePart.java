package cn.qinglian.diagram.ui.internal.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;

import cn.qinglian.diagram.ui.internal.EdgeItem;

/** A line of the diagram; selectable (its reporting line shows in Properties). */
public final class EdgePart extends AbstractConnectionEditPart {

    private final DiagramLook look;

    EdgePart(EdgeItem item, DiagramLook look) {
        this.look = look;
        setModel(item);
    }

    public EdgeItem item() {
        return (EdgeItem) getModel();
    }

    public EdgeFigure edgeFigure() {
        return (EdgeFigure) getFigure();
    }

    @Override
    protected IFigure createFigure() {
        return new EdgeFigure(item(), look);
    }

    @Override
    protected void createEditPolicies() {
    }

    @Override
    public void setSelected(int value) {
        super.setSelected(value);
        edgeFigure().setSelected(value != SELECTED_NONE);
    }
}
