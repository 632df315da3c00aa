package cn.qinglian.diagram.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

import cn.qinglian.diagram.Badge;
import cn.qinglian.diagram.BadgeBoxes;
import cn.qinglian.diagram.Box;
import cn.qinglian.diagram.DiagramNode;
import cn.qinglian.diagram.NodeType;
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
        Rectangle r = inner();
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
        List<Rectangle> texts = lineBounds();
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), texts.get(i).x, texts.get(i).y);
        }
        paintBadges(g, node);
        if (item.state().isCollapsed(item.index())) {
            String badge = DiagramUiMessages.get("collapsedBadge", item.state().reportsBelow(item.index()));
            g.setForegroundColor(look.badge);
            g.drawString(badge, r.right() - textSize(badge).width - 3, r.bottom() - textSize(badge).height);
        }
    }

    /** The decorators' badges, inside the box along its top edge (a figure cannot paint outside its bounds). */
    private void paintBadges(Graphics g, DiagramNode node) {
        List<Badge> badges = node.badges();
        List<Rectangle> boxes = badgeBounds();
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle box = boxes.get(i);
            int rgb = badges.get(i).rgb();
            g.setBackgroundColor(new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF));
            g.fillRoundRectangle(box, 6, 6);
            g.setForegroundColor(ColorConstants.white);
            Dimension size = textSize(badges.get(i).text());
            g.drawString(badges.get(i).text(), box.x + (box.width - size.width) / 2,
                    box.y + (box.height - size.height) / 2);
        }
    }

    /**
     * Where the label lines are drawn, one rectangle per line (the text's extent in the viewer's font,
     * centred in the box), in the figure's coordinates.
     */
    public List<Rectangle> lineBounds() {
        Rectangle r = inner();
        List<String> lines = item.placed().node().lines();
        double top = r.y + (r.height - lines.size() * lineHeight) / 2;
        List<Rectangle> bounds = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Dimension size = textSize(lines.get(i));
            int x = r.x + (r.width - size.width) / 2;
            int y = (int) Math.round(top + i * lineHeight + (lineHeight - size.height) / 2);
            bounds.add(new Rectangle(x, y, size.width, size.height));
        }
        return bounds;
    }

    /**
     * Where the decorators' badges are drawn: inside the box along its top edge (a figure cannot paint
     * outside its bounds), in the figure's coordinates.
     */
    public List<Rectangle> badgeBounds() {
        Rectangle r = inner();
        List<Rectangle> bounds = new ArrayList<>();
        for (Box box : BadgeBoxes.inside(new Box(r.x, r.y, r.width, r.height), item.placed().node().badges())) {
            bounds.add(new Rectangle((int) box.x(), (int) box.y(), (int) Math.ceil(box.width()),
                    (int) Math.ceil(box.height())));
        }
        return bounds;
    }

    /** The bounds less the outline's pixel at the right and bottom. */
    private Rectangle inner() {
        Rectangle r = getBounds().getCopy();
        r.width -= 1;
        r.height -= 1;
        return r;
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
