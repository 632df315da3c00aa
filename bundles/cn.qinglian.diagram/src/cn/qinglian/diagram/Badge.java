package cn.qinglian.diagram;

import java.util.Objects;

/**
 * A mark a {@link NodeDecorator} puts on a box, drawn at its top right corner: a few characters on a
 * coloured ground, e.g. "查2" in red for two open findings.
 *
 * @param text what the badge says, short (two or three characters)
 * @param rgb the ground colour, 0xRRGGBB; the text is white
 * @param tooltip a sentence for tooltips and the SVG {@code <title>}, or empty
 */
public record Badge(String text, int rgb, String tooltip) {

    public Badge {
        Objects.requireNonNull(text);
        tooltip = tooltip == null ? "" : tooltip;
    }
}
