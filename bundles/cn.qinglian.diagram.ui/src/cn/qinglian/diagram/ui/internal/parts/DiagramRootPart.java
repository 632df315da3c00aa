package cn.qinglian.diagram.ui.internal.parts;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.LayeredPane;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;

/** The zoomable root with one more printable layer, below the boxes, for unit clusters. */
public final class DiagramRootPart extends ScalableFreeformRootEditPart {

    public static final String CLUSTER_LAYER = "cn.qinglian.diagram.ui.clusters";

    @Override
    protected LayeredPane createPrintableLayers() {
        LayeredPane layers = super.createPrintableLayers();
        layers.add(new FreeformLayer(), CLUSTER_LAYER, 0);
        return layers;
    }

    /** Everything printed and exported: clusters, boxes and lines (without handles and feedback). */
    public org.eclipse.draw2d.IFigure printable() {
        return getLayer(PRINTABLE_LAYERS);
    }
}
