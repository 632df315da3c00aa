package cn.qinglian.diagram.ui.internal.parts;

import org.eclipse.draw2d.Connection;
import org.eclipse.draw2d.ConnectionRouter;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.swt.graphics.Color;

import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.EdgeStyle;
import cn.qinglian.diagram.Point;
import cn.qinglian.diagram.ui.internal.EdgeItem;
import cn.qinglian.diagram.ui.internal.Highlight;

/**
 * A line along the route the layout computed, styled per kind (逐级 solid, 系统 dashed, 内部 dotted, 相互
 * double-headed, 抄告 grey), emphasised on the highlighted chain and faded off it (read while painting).
 */
public final class EdgeFigure extends PolylineConnection {

    private final EdgeItem item;
    private final DiagramLook look;
    private final EdgeStyle style;
    private boolean selected;

    public EdgeFigure(EdgeItem item, DiagramLook look) {
        this.item = item;
        this.look = look;
        this.style = EdgeStyle.of(item.routed().edge().kind());
        PointList route = new PointList();
        for (Point point : item.routed().points()) {
            route.addPoint((int) Math.round(point.x()), (int) Math.round(point.y()));
        }
        setConnectionRouter(new FixedRoute(route));
        if (style.arrowAtTarget()) {
            setTargetDecoration(arrow());
        }
        if (style.arrowAtSource()) {
            setSourceDecoration(arrow());
        }
    }

    private static PolygonDecoration arrow() {
        PolygonDecoration arrow = new PolygonDecoration();
        arrow.setScale(8, 3);
        return arrow;
    }

    public EdgeItem item() {
        return item;
    }

    public void setSelected(boolean select) {
        if (selected != select) {
            selected = select;
            repaint();
        }
    }

    /** Whether the line is drawn as part of the highlighted chain. */
    public boolean isOnChain() {
        Highlight highlight = item.state().highlight();
        int e = item.index();
        return highlight.onChain(item.state().index().source(e), item.state().index().target(e));
    }

    private boolean isDimmed() {
        return item.state().highlight().isActive() && !isOnChain();
    }

    @Override
    public Color getLocalForegroundColor() {
        return selected ? look.selection : isDimmed() ? look.dimmedEdge : look.edgeColor(kind());
    }

    @Override
    public Color getLocalBackgroundColor() {
        return getLocalForegroundColor();
    }

    private EdgeKind kind() {
        return item.routed().edge().kind();
    }

    /** Far out, only the highlighted chain's and the selected lines are drawn (thousands of others would be a grey blur). */
    @Override
    public void paint(Graphics g) {
        if (g.getAbsoluteScale() < NodeFigure.SKETCH_BELOW && !selected && !isOnChain()) {
            return;
        }
        super.paint(g);
    }

    @Override
    protected void outlineShape(Graphics g) {
        double width = style.width() * (isOnChain() ? 2.2 : 1) + (selected ? 1 : 0);
        g.setLineWidth((int) Math.max(1, Math.round(width)));
        if (!style.isSolid() && g.getAbsoluteScale() >= NodeFigure.SKETCH_BELOW) {
            double[] dash = style.dash();
            int[] pattern = new int[dash.length];
            for (int i = 0; i < dash.length; i++) {
                pattern[i] = (int) Math.max(1, Math.round(dash[i]));
            }
            g.setLineDash(pattern);
        }
        super.outlineShape(g);
    }

    /** Puts the connection on the route of the layout, whatever its anchors say. */
    private static final class FixedRoute implements ConnectionRouter {

        private final PointList route;

        FixedRoute(PointList route) {
            this.route = route;
        }

        @Override
        public void route(Connection connection) {
            connection.setPoints(route.getCopy());
        }

        @Override
        public Object getConstraint(Connection connection) {
            return null;
        }

        @Override
        public void setConstraint(Connection connection, Object constraint) {
        }

        @Override
        public void invalidate(Connection connection) {
        }

        @Override
        public void remove(Connection connection) {
        }
    }
}
