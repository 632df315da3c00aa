package cn.qinglian.diagram.ui.internal.parts;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;

import cn.qinglian.diagram.PlacedCluster;

/** A unit drawn as a box around its posts, its name at the top left; behind the boxes and lines. */
final class ClusterFigure extends Figure {

    private final PlacedCluster cluster;
    private final DiagramLook look;

    ClusterFigure(PlacedCluster cluster, DiagramLook look) {
        this.cluster = cluster;
        this.look = look;
        setBounds(new Rectangle((int) Math.round(cluster.bounds().x()), (int) Math.round(cluster.bounds().y()),
                (int) Math.round(cluster.bounds().width()), (int) Math.round(cluster.bounds().height())));
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds().getCopy();
        r.width -= 1;
        r.height -= 1;
        g.setBackgroundColor(look.clusterFill);
        g.fillRectangle(r);
        g.setForegroundColor(look.clusterBorder);
        g.drawRectangle(r);
        g.setFont(look.font());
        g.setForegroundColor(look.border);
        g.drawString(cluster.cluster().label(), r.x + 4, r.y + 2);
    }
}
