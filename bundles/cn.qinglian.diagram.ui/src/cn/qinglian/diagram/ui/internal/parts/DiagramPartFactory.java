package cn.qinglian.diagram.ui.internal.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;

import cn.qinglian.diagram.ui.internal.DiagramState;
import cn.qinglian.diagram.ui.internal.EdgeItem;
import cn.qinglian.diagram.ui.internal.NodeItem;

/** Edit parts of the viewer's models (GEF 3.2: the factory sets the model itself). */
public final class DiagramPartFactory implements EditPartFactory {

    private final DiagramLook look;
    private final LineDrawing drawing;

    public DiagramPartFactory(DiagramLook look, LineDrawing drawing) {
        this.look = look;
        this.drawing = drawing;
    }

    @Override
    public EditPart createEditPart(EditPart context, Object model) {
        if (model instanceof DiagramState state) {
            return new DiagramPart(state, look);
        }
        if (model instanceof NodeItem node) {
            return new NodePart(node, look, drawing);
        }
        if (model instanceof EdgeItem edge) {
            return new EdgePart(edge, look);
        }
        throw new IllegalArgumentException("no edit part for " + model);
    }
}
