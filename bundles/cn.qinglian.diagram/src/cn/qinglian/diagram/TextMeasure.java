package cn.qinglian.diagram;

/**
 * Measures label text so node boxes fit their labels. Implementations: {@link EstimatedTextMeasure}
 * (no font needed: CJK ideographs one em, other characters from a width table; what SVG export uses)
 * and {@code cn.qinglian.diagram.render.AwtTextMeasure} (a real font, for PNG and PDF); the workbench
 * may supply one based on SWT's GC.
 */
public interface TextMeasure {

    /** The advance width of {@code text} at {@code fontSize} points. */
    double width(String text, double fontSize);

    /**
     * The advance width of {@code text} drawn bold, as exports draw a box's heading
     * ({@link DiagramNode#isHeading}); by default the same as {@link #width}.
     */
    default double boldWidth(String text, double fontSize) {
        return width(text, fontSize);
    }
}
