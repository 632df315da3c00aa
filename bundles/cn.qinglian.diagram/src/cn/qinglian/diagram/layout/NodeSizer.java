package cn.qinglian.diagram.layout;

import java.util.List;

import cn.qinglian.diagram.BadgeBoxes;
import cn.qinglian.diagram.DiagramNode;
import cn.qinglian.diagram.DiagramStyle;
import cn.qinglian.diagram.TextMeasure;

/**
 * Sizes node boxes to their labels. A box with badges is widened just enough that the centred label
 * lines beside the badges (as drawn: the heading bold) end before them ({@link BadgeBoxes#room}), in
 * both placements ({@link BadgeBoxes#REACH}); the other boxes fit their text as before.
 */
final class NodeSizer {

    private final TextMeasure measure;
    private final DiagramStyle style;

    NodeSizer(TextMeasure measure, DiagramStyle style) {
        this.measure = measure;
        this.style = style;
    }

    double width(DiagramNode node) {
        double room = BadgeBoxes.room(node.badges());
        List<String> lines = node.lines();
        double needed = 0;
        for (int i = 0; i < lines.size(); i++) {
            double line = measure.width(lines.get(i), style.fontSize());
            needed = Math.max(needed, line + 2 * style.paddingX());
            if (room > 0 && besideBadges(i)) {
                double drawn = node.isHeading(i) ? measure.boldWidth(lines.get(i), style.fontSize()) : line;
                needed = Math.max(needed, drawn + 2 * room);
            }
        }
        return Math.max(style.minNodeWidth(), Math.ceil(needed));
    }

    double height(DiagramNode node) {
        return style.nodeHeight(node.lines().size());
    }

    /** Whether label line {@code line} starts higher than the badges reach down into the box. */
    private boolean besideBadges(int line) {
        return style.paddingY() + line * style.lineHeight() < BadgeBoxes.REACH;
    }
}
