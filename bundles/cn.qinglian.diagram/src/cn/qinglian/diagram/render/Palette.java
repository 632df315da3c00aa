package cn.qinglian.diagram.render;

import cn.qinglian.diagram.DiagramStyle;
import cn.qinglian.diagram.NodeType;
import cn.qinglian.diagram.PlacedNode;

/** Colours and text positions shared by every writer, so SVG, PNG and PDF look alike. */
public final class Palette {

    /** Node box fill: posts white, units pale blue, outside nodes pale grey. */
    public static int nodeFill(PlacedNode node) {
        if (node.node().outside()) {
            return 0xF3F3F3;
        }
        return node.node().type() == NodeType.UNIT ? 0xE3EEF9 : 0xFFFFFF;
    }

    public static final int NODE_BORDER = 0x37474F;
    public static final int OUTSIDE_BORDER = 0x9E9E9E;
    public static final int TEXT = 0x212121;
    public static final int CLUSTER_BORDER = 0x90A4AE;
    public static final int LEGEND_BORDER = 0x9E9E9E;

    private static final int[] CLUSTER_FILLS = { 0xF5F8FA, 0xEEF3F6, 0xE7EEF2, 0xE0E9EE };

    private Palette() {
    }

    /** Cluster fill by depth, slightly darker inside. */
    public static int clusterFill(int depth) {
        return CLUSTER_FILLS[Math.min(depth, CLUSTER_FILLS.length - 1)];
    }

    /** The baseline y of label line {@code line} of a node whose box starts at {@code top}. */
    public static double baseline(DiagramStyle style, double top, int line) {
        return top + style.paddingY() + line * style.lineHeight() + style.lineHeight() / 2 + style.fontSize() * 0.36;
    }
}
