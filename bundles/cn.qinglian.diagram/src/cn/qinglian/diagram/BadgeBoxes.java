package cn.qinglian.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the badges of a box go: right-aligned in a row along its top edge, the last badge at the corner.
 * Exports draw the row half above the edge ({@link #of}); the workbench draws it just inside the box
 * ({@link #inside}), since a figure cannot paint outside its bounds. Badge sizes come from the text
 * length (Chinese characters count one em), so SVG, PNG, PDF and the workbench place them alike, and
 * the layout can leave room for them ({@link #room}, {@link #REACH}).
 */
public final class BadgeBoxes {

    /** The badges' font size. */
    public static final double FONT_SIZE = 9;
    private static final double HEIGHT = 13;
    private static final double PADDING = 3;
    private static final double GAP = 2;
    /** Space between the last badge and the box's right edge. */
    private static final double RIGHT_INSET = 4;
    /** How far the workbench lowers the row so that it lies inside the box. */
    private static final double INSIDE_DROP = 8;
    /** Blank space kept between a badge and the label text beside it. */
    private static final double TEXT_GAP = 4;
    /** How far below a box's top edge its badges reach, in either placement. */
    public static final double REACH = INSIDE_DROP + HEIGHT / 2;

    private BadgeBoxes() {
    }

    /** The box of each badge of a box with bounds {@code box}, in the badges' order, half above its top edge. */
    public static List<Box> of(Box box, List<Badge> badges) {
        List<Box> boxes = new ArrayList<>(badges.size());
        double right = box.right() - RIGHT_INSET;
        for (int i = badges.size() - 1; i >= 0; i--) {
            double width = width(badges.get(i));
            boxes.add(0, new Box(right - width, box.y() - HEIGHT / 2, width, HEIGHT));
            right -= width + GAP;
        }
        return boxes;
    }

    /** Like {@link #of}, but lowered into the box (the workbench's placement). */
    public static List<Box> inside(Box box, List<Badge> badges) {
        return of(box.translated(0, INSIDE_DROP), badges);
    }

    /**
     * How much of a box's width, from its right edge, the badges need, including a gap to the text: a
     * label line beside the badges must end this far from the right edge, and as the lines are centred,
     * the box must be wider than such a line by twice this. Zero without badges.
     */
    public static double room(List<Badge> badges) {
        if (badges.isEmpty()) {
            return 0;
        }
        double row = RIGHT_INSET + TEXT_GAP;
        for (Badge badge : badges) {
            row += width(badge);
        }
        return row + GAP * (badges.size() - 1);
    }

    /** The baseline of a badge's text in its box. */
    public static double baseline(Box badge) {
        return badge.y() + badge.height() / 2 + FONT_SIZE * 0.35;
    }

    private static double width(Badge badge) {
        String text = badge.text();
        double width = 2 * PADDING;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x2E80 ? FONT_SIZE * 0.6 : FONT_SIZE;
        }
        return width;
    }
}
