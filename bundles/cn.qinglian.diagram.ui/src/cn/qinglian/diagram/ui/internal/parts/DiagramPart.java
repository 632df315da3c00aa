package cn.qinglian.diagram.ui.internal.parts;

import java.util.List;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

import cn.qinglian.diagram.PlacedCluster;
import cn.qinglian.diagram.ui.internal.DiagramState;

/** The diagram as a whole: its boxes as children; its unit clusters drawn into the cluster layer. */
public final class DiagramPart extends AbstractGraphicalEditPart {

    private final DiagramLook look;

    DiagramPart(DiagramState state, DiagramLook look) {
        this.look = look;
        setModel(state);
    }

    public DiagramState state() {
        return (DiagramState) getModel();
    }

    @Override
    protected IFigure createFigure() {
        FreeformLayer layer = new FreeformLayer();
        layer.setLayoutManager(new FreeformLayout());
        layer.setBorder(new MarginBorder(10));
        return layer;
    }

    @Override
    protected void createEditPolicies() {
    }

    @Override
    protected List<?> getModelChildren() {
        return state().nodes();
    }

    @Override
    public void activate() {
        super.activate();
        IFigure clusters = getLayer(DiagramRootPart.CLUSTER_LAYER);
        clear(clusters);
        for (PlacedCluster cluster : state().diagram().clusters()) {
            clusters.add(new ClusterFigure(cluster, look));
        }
    }

    @Override
    public void deactivate() {
        clear(getLayer(DiagramRootPart.CLUSTER_LAYER));
        super.deactivate();
    }

    private static void clear(IFigure layer) {
        for (Object child : new java.util.ArrayList<>(layer.getChildren())) {
            layer.remove((IFigure) child);
        }
    }

    /** Applies visibility (layers, collapsed subtrees) to every box and line. */
    public void refreshVisibility() {
        for (Object child : getChildren()) {
            NodePart node = (NodePart) child;
            node.getFigure().setVisible(state().isVisible(node.item()));
            for (Object connection : node.getSourceConnections()) {
                EdgePart edge = (EdgePart) connection;
                edge.getFigure().setVisible(state().isVisible(edge.item()));
            }
        }
    }

    /** Repaints every box and line (after the highlight changed): one damage region per layer. */
    public void repaintAll() {
        getFigure().repaint();
        getLayer(LayerConstants.CONNECTION_LAYER).repaint();
    }
}
