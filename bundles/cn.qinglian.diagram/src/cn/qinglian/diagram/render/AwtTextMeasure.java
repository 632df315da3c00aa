package cn.qinglian.diagram.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;

import cn.qinglian.diagram.TextMeasure;

/** Text widths from a real font through AWT (headless), for PNG and PDF export. */
public final class AwtTextMeasure implements TextMeasure {

    private static final float REFERENCE_SIZE = 100f;

    private final Font font;
    private final FontRenderContext context = new FontRenderContext(new AffineTransform(), true, true);

    public AwtTextMeasure(Font font) {
        this.font = font.deriveFont(REFERENCE_SIZE);
    }

    @Override
    public double width(String text, double fontSize) {
        return font.getStringBounds(text, context).getWidth() * fontSize / REFERENCE_SIZE;
    }
}
