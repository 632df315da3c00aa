package cn.qinglian.diagram.layout;

import cn.qinglian.diagram.DiagramNode;
import cn.qinglian.diagram.DiagramStyle;
import cn.qinglian.diagram.TextMeasure;

/** Sizes node boxes to their labels. */
final class NodeSizer {

    private final TextMeasure measure;
    private final DiagramStyle style;

    NodeSizer(TextMeasure measure, DiagramStyle style) {
        this.measure = measure;
        this.style = style;
    }

    double width(DiagramNode node) {
        double widest = 0;
        for (String line : node.lines()) {
            widest = Math.max(widest, measure.width(line, style.fontSize()));
        }
        return Math.max(style.minNodeWidth(), Math.ceil(widest + 2 * style.paddingX()));
    }

    double height(DiagramNode node) {
        return style.nodeHeight(node.lines().size());
    }
}
