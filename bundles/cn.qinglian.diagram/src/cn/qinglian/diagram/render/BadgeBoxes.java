package cn.qinglian.diagram.render;

import java.util.ArrayList;
import java.util.List;

import cn.qinglian.diagram.Badge;
import cn.qinglian.diagram.Box;

/**
 * Where the badges of a box go: right-aligned along its top edge, half above it, the last badge at the
 * corner. Sizes from the text length (Chinese characters count one em), so SVG, PNG, PDF and the
 * workbench place them alike.
 */
public final class BadgeBoxes {

    /** The badges' font size. */
    public static final double FONT_SIZE = 9;
    private static final double HEIGHT = 13;
    private static final double PADDING = 3;
    private static final double GAP = 2;

    private BadgeBoxes() {
    }

    /** The box of each badge of a box with bounds {@code box}, in the badges' order. */
    public static List<Box> of(Box box, List<Badge> badges) {
        List<Box> boxes = new ArrayList<>(badges.size());
        double right = box.right() - 4;
        for (int i = badges.size() - 1; i >= 0; i--) {
            double width = 2 * PADDING + textWidth(badges.get(i).text());
            boxes.add(0, new Box(right - width, box.y() - HEIGHT / 2, width, HEIGHT));
            right -= width + GAP;
        }
        return boxes;
    }

    /** The baseline of a badge's text in its box. */
    public static double baseline(Box badge) {
        return badge.y() + badge.height() / 2 + FONT_SIZE * 0.35;
    }

    private static double textWidth(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x2E80 ? FONT_SIZE * 0.6 : FONT_SIZE;
        }
        return width;
    }
}
