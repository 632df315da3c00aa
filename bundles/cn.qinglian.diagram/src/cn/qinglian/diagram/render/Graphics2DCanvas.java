package cn.qinglian.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** A {@link Canvas} on an AWT {@link Graphics2D} (already scaled to diagram points). */
final class Graphics2DCanvas implements Canvas {

    private final Graphics2D g;
    private final Font plain;
    private final Font bold;
    private Color strokeColor = Color.BLACK;
    private Color fillColor = Color.BLACK;

    Graphics2DCanvas(Graphics2D g, Font font) {
        this.g = g;
        this.plain = font;
        this.bold = font.deriveFont(Font.BOLD);
    }

    @Override
    public void stroke(int rgb, double width, double[] dash) {
        strokeColor = new Color(rgb);
        float[] pattern = null;
        if (dash.length > 0) {
            pattern = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                pattern[i] = (float) dash[i];
            }
        }
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, pattern, 0f));
    }

    @Override
    public void fill(int rgb) {
        fillColor = new Color(rgb);
    }

    @Override
    public void strokePolyline(double[] xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        g.setColor(strokeColor);
        g.draw(path);
    }

    @Override
    public void fillPolygon(double[] xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        g.setColor(fillColor);
        g.fill(path);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        g.setColor(fillColor);
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        g.setColor(strokeColor);
        g.draw(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void text(String text, double x, double baseline, double size, boolean isBold, Align align) {
        Font font = (isBold ? bold : plain).deriveFont((float) size);
        g.setFont(font);
        g.setColor(fillColor);
        double left = x;
        if (align == Align.CENTER) {
            left = x - g.getFontMetrics().getStringBounds(text, g).getWidth() / 2;
        }
        g.drawString(text, (float) left, (float) baseline);
    }
}
