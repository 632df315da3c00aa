package cn.qinglian.diagram.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import javax.imageio.ImageIO;

import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramMessages;

/**
 * Writes a diagram as PNG through headless AWT at a chosen resolution: a diagram {@code w} points wide
 * is {@code ceil(w * dpi / 72)} pixels wide. Labels are drawn with the given (CJK) font.
 */
public final class PngWriter implements DiagramWriter {

    /** The largest image written, in pixels (about 400 MB of memory while drawing). */
    public static final long MAX_PIXELS = 100_000_000L;

    private final int dpi;
    private final Font font;

    public PngWriter(int dpi, Font font) {
        this.dpi = dpi;
        this.font = font;
    }

    /** Width and height in pixels of {@code diagram} at {@code dpi}. */
    public static int[] pixels(Diagram diagram, int dpi) {
        return new int[] { (int) Math.ceil(diagram.width() * dpi / 72.0),
                (int) Math.ceil(diagram.height() * dpi / 72.0) };
    }

    @Override
    public void write(Diagram diagram, OutputStream out) throws IOException {
        int[] size = pixels(diagram, dpi);
        if ((long) size[0] * size[1] > MAX_PIXELS) {
            throw new IOException(DiagramMessages.format(Locale.getDefault(), "pngTooLarge", size[0], size[1], dpi,
                    MAX_PIXELS / 1_000_000));
        }
        BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, size[0], size[1]);
            g.scale(dpi / 72.0, dpi / 72.0);
            new DiagramPainter(diagram, new Graphics2DCanvas(g, font)).paint(null);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", out);
    }
}
