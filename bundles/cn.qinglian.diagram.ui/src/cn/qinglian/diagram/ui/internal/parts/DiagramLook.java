package cn.qinglian.diagram.ui.internal.parts;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import cn.qinglian.diagram.DiagramStyle;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.EdgeStyle;
import cn.qinglian.diagram.TextMeasure;

/**
 * Colours and the label font of the viewer, made once per editor and disposed with it. The font's em is
 * the diagram's font size in pixels at 100 %, so boxes laid out in points fit their labels.
 */
public final class DiagramLook implements TextMeasure {

    final Color nodeFill;
    final Color unitFill;
    final Color outsideFill;
    final Color border;
    final Color text;
    final Color dimmedText;
    final Color dimmedBorder;
    final Color dimmedEdge;
    final Color focusFill;
    final Color focusBorder;
    final Color upFill;
    final Color downFill;
    final Color selection;
    final Color clusterFill;
    final Color clusterBorder;
    final Color badge;
    private final Map<EdgeKind, Color> edgeColors = new EnumMap<>(EdgeKind.class);
    private final Font font;
    private final double fontSize;
    private final GC measuring;

    public DiagramLook(Display display, double fontSize) {
        this.fontSize = fontSize;
        nodeFill = new Color(display, 0xFF, 0xFF, 0xFF);
        unitFill = new Color(display, 0xEE, 0xF3, 0xF9);
        outsideFill = new Color(display, 0xF2, 0xF2, 0xF2);
        border = new Color(display, 0x5A, 0x6B, 0x7D);
        text = new Color(display, 0x1B, 0x1B, 0x1B);
        dimmedText = new Color(display, 0xB0, 0xB0, 0xB0);
        dimmedBorder = new Color(display, 0xD8, 0xD8, 0xD8);
        dimmedEdge = new Color(display, 0xE2, 0xE2, 0xE2);
        focusFill = new Color(display, 0xFF, 0xD5, 0x4F);
        focusBorder = new Color(display, 0xE6, 0x51, 0x00);
        upFill = new Color(display, 0xFF, 0xEC, 0xB3);
        downFill = new Color(display, 0xC8, 0xE6, 0xC9);
        selection = new Color(display, 0x19, 0x76, 0xD2);
        clusterFill = new Color(display, 0xF7, 0xF9, 0xFC);
        clusterBorder = new Color(display, 0xC5, 0xCF, 0xDB);
        badge = new Color(display, 0x6A, 0x1B, 0x9A);
        for (EdgeKind kind : EdgeKind.values()) {
            int rgb = EdgeStyle.of(kind).rgb();
            edgeColors.put(kind, new Color(display, new RGB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF)));
        }
        int dpi = display.getDPI().y;
        int points = (int) Math.max(6, Math.round(fontSize * 72.0 / Math.max(72, dpi)));
        font = new Font(display, chineseFontName(display), points, 0);
        measuring = new GC(display);
        measuring.setFont(font);
    }

    /**
     * The first installed font of the diagram's CJK families, else the dialog font. A font with the glyphs
     * itself matters for speed too: drawing Chinese in a Latin font makes the system look for a fall-back
     * font for every string (measured: half a second to paint one window of boxes under Xvfb).
     */
    static String chineseFontName(Display display) {
        java.util.Set<String> installed = new java.util.HashSet<>();
        for (boolean scalable : new boolean[] { true, false }) {
            for (FontData data : display.getFontList(null, scalable)) {
                installed.add(data.getName());
            }
        }
        for (String family : DiagramStyle.CJK_FONT_FAMILIES) {
            if (installed.contains(family)) {
                return family;
            }
        }
        return JFaceResources.getDefaultFont().getFontData()[0].getName();
    }

    public Font font() {
        return font;
    }

    public Color edgeColor(EdgeKind kind) {
        return edgeColors.get(kind);
    }

    /** Widths of label text in the viewer's font, for the layout (so labels fit their boxes on screen). */
    @Override
    public double width(String label, double size) {
        return measuring.textExtent(label).x * size / fontSize;
    }

    public void dispose() {
        measuring.dispose();
        font.dispose();
        for (Color color : new Color[] { nodeFill, unitFill, outsideFill, border, text, dimmedText, dimmedBorder,
                dimmedEdge, focusFill, focusBorder, upFill, downFill, selection, clusterFill, clusterBorder, badge }) {
            color.dispose();
        }
        edgeColors.values().forEach(Color::dispose);
    }
}
