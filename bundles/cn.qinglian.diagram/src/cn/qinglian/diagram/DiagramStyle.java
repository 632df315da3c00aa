package cn.qinglian.diagram;

import java.util.List;

/**
 * Sizes and fonts of a diagram, shared by the layout and every writer.
 *
 * @param fontSize label size in points
 * @param lineHeight distance between label lines (and the height of one line)
 * @param paddingX space left and right of the label inside a node box
 * @param paddingY space above and below the label lines
 * @param minNodeWidth no node box narrower than this
 * @param nodeGap horizontal space between neighbouring boxes of a layer
 * @param layerGap vertical space between layers (edges are routed in it)
 * @param margin blank border around the drawing
 * @param fontFamilies font names, most preferred first, with CJK fall-backs (SVG font-family list)
 */
public record DiagramStyle(double fontSize, double lineHeight, double paddingX, double paddingY,
        double minNodeWidth, double nodeGap, double layerGap, double margin, List<String> fontFamilies) {

    public DiagramStyle {
        fontFamilies = List.copyOf(fontFamilies);
    }

    /** Font names for CJK text across Linux, Windows and macOS, then the generic family. */
    public static final List<String> CJK_FONT_FAMILIES = List.of("Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC",
            "Hiragino Sans GB", "Heiti SC", "sans-serif");

    /** The default: 10 pt labels. */
    public static DiagramStyle standard() {
        return new DiagramStyle(10, 13, 8, 5, 60, 16, 44, 20, CJK_FONT_FAMILIES);
    }

    /** The height of a node box with {@code lines} label lines. */
    public double nodeHeight(int lines) {
        return Math.max(1, lines) * lineHeight + 2 * paddingY;
    }
}
