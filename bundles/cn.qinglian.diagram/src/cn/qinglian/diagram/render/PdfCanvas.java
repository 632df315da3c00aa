package cn.qinglian.diagram.render;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A {@link Canvas} on a PDF page: diagram point (x, y) goes to page point
 * ({@code originX + x * scale}, {@code pageTop - y * scale}), PDF's y axis pointing up.
 */
final class PdfCanvas implements Canvas {

    private final PDPageContentStream content;
    private final PDFont font;
    private final double originX;
    private final double pageTop;
    private final double scale;
    private final Map<Character, Boolean> glyphs;

    PdfCanvas(PDPageContentStream content, PDFont font, double originX, double pageTop, double scale,
            Map<Character, Boolean> glyphs) {
        this.content = content;
        this.font = font;
        this.originX = originX;
        this.pageTop = pageTop;
        this.scale = scale;
        this.glyphs = glyphs;
    }

    /** A cache of which characters the font can show, shared by the pages of one document. */
    static Map<Character, Boolean> glyphCache() {
        return new HashMap<>();
    }

    private float px(double x) {
        return (float) (originX + x * scale);
    }

    private float py(double y) {
        return (float) (pageTop - y * scale);
    }

    @Override
    public void stroke(int rgb, double width, double[] dash) throws IOException {
        content.setStrokingColor(color(rgb));
        content.setLineWidth((float) (width * scale));
        float[] pattern = new float[dash.length];
        for (int i = 0; i < dash.length; i++) {
            pattern[i] = (float) (dash[i] * scale);
        }
        content.setLineDashPattern(pattern, 0);
    }

    @Override
    public void fill(int rgb) throws IOException {
        content.setNonStrokingColor(color(rgb));
    }

    private static java.awt.Color color(int rgb) {
        return new java.awt.Color(rgb);
    }

    @Override
    public void strokePolyline(double[] xy) throws IOException {
        content.moveTo(px(xy[0]), py(xy[1]));
        for (int i = 2; i < xy.length; i += 2) {
            content.lineTo(px(xy[i]), py(xy[i + 1]));
        }
        content.stroke();
    }

    @Override
    public void fillPolygon(double[] xy) throws IOException {
        content.moveTo(px(xy[0]), py(xy[1]));
        for (int i = 2; i < xy.length; i += 2) {
            content.lineTo(px(xy[i]), py(xy[i + 1]));
        }
        content.closePath();
        content.fill();
    }

    @Override
    public void fillRect(double x, double y, double width, double height) throws IOException {
        content.addRect(px(x), py(y + height), (float) (width * scale), (float) (height * scale));
        content.fill();
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) throws IOException {
        content.addRect(px(x), py(y + height), (float) (width * scale), (float) (height * scale));
        content.stroke();
    }

    @Override
    public void text(String text, double x, double baseline, double size, boolean bold, Align align) throws IOException {
        String shown = showable(text);
        float fontSize = (float) (size * scale);
        float left = px(x);
        if (align == Align.CENTER) {
            left -= font.getStringWidth(shown) / 1000f * fontSize / 2;
        }
        content.beginText();
        content.setFont(font, fontSize);
        if (bold) {
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setLineWidth(fontSize * 0.03f);
            content.setLineDashPattern(new float[0], 0);
        } else {
            content.setRenderingMode(RenderingMode.FILL);
        }
        content.newLineAtOffset(left, py(baseline));
        content.showText(shown);
        content.endText();
    }

    /** {@code text} with characters the font lacks replaced by '?'. */
    private String showable(String text) {
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = glyphs.computeIfAbsent(c, this::canShow);
            if (!ok && shown == null) {
                shown = new StringBuilder(text.substring(0, i));
            }
            if (shown != null) {
                shown.append(ok ? c : '?');
            }
        }
        return shown == null ? text : shown.toString();
    }

    private boolean canShow(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        try {
            font.encode(String.valueOf(c));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
