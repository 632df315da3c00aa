package cn.qinglian.diagram.ui.internal.parts;

import java.util.List;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

import cn.qinglian.diagram.Badge;
import cn.qinglian.diagram.Box;
import cn.qinglian.diagram.DiagramNode;
import cn.qinglian.diagram.NodeType;
import cn.qinglian.diagram.render.BadgeBoxes;
import cn.qinglian.diagram.ui.DiagramUiMessages;
import cn.qinglian.diagram.ui.internal.Highlight;
import cn.qinglian.diagram.ui.internal.NodeItem;

/**
 * A box: its label lines centred, filled and outlined by its role in the highlighted chain (read from
 * the diagram state while painting), a blue frame when selected, and a "+N" badge when collapsed.
 */
public final class NodeFigure extends Figure {

    /** Below this zoom boxes are drawn without labels and round corners. */
    static final double SKETCH_BELOW = 0.3;

    private final NodeItem item;
    private final DiagramLook look;
    private final double lineHeight;
    private boolean selected;

    public NodeFigure(NodeItem item, DiagramLook look, double lineHeight) {
        this.item = item;
        this.look = look;
        this.lineHeight = lineHeight;
        setOpaque(false);
        setToolTip(new org.eclipse.draw2d.Label(item.placed().node().text()));
    }

    public NodeItem item() {
        return item;
    }

    public void setSelected(boolean select) {
        if (selected != select) {
            selected = select;
            repaint();
        }
    }

    public boolean isSelected() {
        return selected;
    }

    /** The role this box is painted in now. */
    public Highlight.Role role() {
        return item.state().highlight().role(item.index());
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds().getCopy();
        r.width -= 1;
        r.height -= 1;
        DiagramNode node = item.placed().node();
        Highlight.Role role = role();
        if (g.getAbsoluteScale() < SKETCH_BELOW) {
            sketch(g, r, node, role);
            return;
        }
        g.setBackgroundColor(fill(node, role));
        g.fillRoundRectangle(r, 8, 8);
        g.setForegroundColor(role == Highlight.Role.FOCUS ? look.focusBorder
                : role == Highlight.Role.DIMMED ? look.dimmedBorder : look.border);
        g.setLineWidth(role == Highlight.Role.FOCUS ? 3 : 1);
        g.setLineStyle(node.outside() ? SWT.LINE_DASH : SWT.LINE_SOLID);
        g.drawRoundRectangle(r, 8, 8);
        g.setLineStyle(SWT.LINE_SOLID);
        if (selected) {
            g.setForegroundColor(look.selection);
            g.setLineWidth(2);
            g.drawRoundRectangle(r.getCropped(new org.eclipse.draw2d.geometry.Insets(-2)), 10, 10);
        }
        g.setLineWidth(1);
        g.setFont(look.font());
        g.setForegroundColor(role == Highlight.Role.DIMMED ? look.dimmedText : look.text);
        List<String> lines = node.lines();
        double top = r.y + (r.height - lines.size() * lineHeight) / 2;
        for (int i = 0; i < lines.size(); i++) {
            Dimension size = textSize(lines.get(i));
            int x = r.x + (r.width - size.width) / 2;
            int y = (int) Math.round(top + i * lineHeight + (lineHeight - size.height) / 2);
            g.drawString(lines.get(i), x, y);
        }
        paintBadges(g, r, node);
        if (item.state().isCollapsed(item.index())) {
            String badge = DiagramUiMessages.get("collapsedBadge", item.state().reportsBelow(item.index()));
            g.setForegroundColor(look.badge);
            g.drawString(badge, r.right() - textSize(badge).width - 3, r.bottom() - textSize(badge).height);
        }
    }

    /** The decorators' badges, inside the box along its top edge (a figure cannot paint outside its bounds). */
    private void paintBadges(Graphics g, Rectangle r, DiagramNode node) {
        List<Badge> badges = node.badges();
        if (badges.isEmpty()) {
            return;
        }
        List<Box> boxes = BadgeBoxes.of(new Box(r.x, r.y + 8, r.width, r.height), badges);
        Font font = g.getFont();
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            int rgb = badges.get(i).rgb();
            Color ground = new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
            g.setBackgroundColor(ground);
            g.fillRoundRectangle(new Rectangle((int) box.x(), (int) box.y(), (int) Math.ceil(box.width()),
                    (int) Math.ceil(box.height())), 6, 6);
            g.setForegroundColor(ColorConstants.white);
            Dimension size = textSize(badges.get(i).text());
            g.drawString(badges.get(i).text(), (int) (box.centerX() - size.width / 2.0),
                    (int) (box.y() + (box.height() - size.height) / 2));
        }
        g.setFont(font);
    }

    /** Far out (labels would be a few pixels high): a filled box, its outline only when highlighted or selected. */
    private void sketch(Graphics g, Rectangle r, DiagramNode node, Highlight.Role role) {
        g.setBackgroundColor(role == Highlight.Role.NORMAL || role == Highlight.Role.DIMMED ? look.dimmedBorder
                : fill(node, role));
        g.fillRectangle(r);
        if (selected || role == Highlight.Role.FOCUS) {
            g.setForegroundColor(selected ? look.selection : look.focusBorder);
            g.drawRectangle(r);
        }
    }

    private Color fill(DiagramNode node, Highlight.Role role) {
        return switch (role) {
            case FOCUS -> look.focusFill;
            case UP -> look.upFill;
            case DOWN -> look.downFill;
            default -> node.outside() ? look.outsideFill : node.type() == NodeType.UNIT ? look.unitFill : look.nodeFill;
        };
    }

    private Dimension textSize(String text) {
        return org.eclipse.draw2d.FigureUtilities.getTextExtents(text, look.font());
    }
}
