package cn.qinglian.diagram.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;

import cn.qinglian.diagram.TextMeasure;

/** Text widths from a real font through AWT (headless), for PNG and PDF export. */
public final class AwtTextMeasure implements TextMeasure {

    private static final float REFERENCE_SIZE = 100f;

    private final Font font;
    private final Font bold;
    private final FontRenderContext context = new FontRenderContext(new AffineTransform(), true, true);

    public AwtTextMeasure(Font font) {
        this.font = font.deriveFont(REFERENCE_SIZE);
        this.bold = this.font.deriveFont(Font.BOLD);
    }

    @Override
    public double width(String text, double fontSize) {
        return font.getStringBounds(text, context).getWidth() * fontSize / REFERENCE_SIZE;
    }

    /** Wider than {@link #width} when the font has no bold face and is emboldened (about 3 % for WenQuanYi). */
    @Override
    public double boldWidth(String text, double fontSize) {
        return bold.getStringBounds(text, context).getWidth() * fontSize / REFERENCE_SIZE;
    }
}
