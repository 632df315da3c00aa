package cn.qinglian.ui.internal.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A horizontal bar chart (label, bar, number per row) drawn with GC, in a scrolled pane: when there are
 * more rows than fit, the chart scrolls vertically instead of being cut off.
 */
public final class StaffChart {

    private static final int ROW = 19;
    private static final int GAP = 6;

    private final ScrolledComposite scroller;
    private final Canvas canvas;
    private String title = "";
    private Map<String, Integer> bars = new LinkedHashMap<>();

    StaffChart(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(event -> paint(event.gc));
        scroller.setContent(canvas);
        scroller.getVerticalBar().setIncrement(ROW);
    }

    /** The chart's outermost control (the scrolled pane). */
    Control control() {
        return scroller;
    }

    void show(String newTitle, Map<String, Integer> newBars) {
        title = newTitle;
        bars = new LinkedHashMap<>(newBars);
        scroller.setMinHeight(contentHeight());
        canvas.redraw();
    }

    /** The height all rows need: title, one row per bar, a margin. */
    public int contentHeight() {
        return GAP + ROW + bars.size() * ROW + GAP;
    }

    /** The height of the drawing: at least {@link #contentHeight()}, so no row is cut off. */
    public int drawnHeight() {
        return canvas.getSize().y;
    }

    /** Whether the chart is taller than its pane (and so scrolls). */
    public boolean scrolls() {
        return scroller.getClientArea().height < contentHeight();
    }

    public Map<String, Integer> bars() {
        return Map.copyOf(bars);
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawText(title, GAP, GAP, true);
        int labelWidth = 0;
        int max = 1;
        for (Map.Entry<String, Integer> bar : bars.entrySet()) {
            labelWidth = Math.max(labelWidth, gc.textExtent(bar.getKey()).x);
            max = Math.max(max, bar.getValue());
        }
        int barLeft = GAP + labelWidth + GAP;
        int barSpace = Math.max(10, area.width - barLeft - 60);
        int y = GAP + ROW;
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_CYAN));
        for (Map.Entry<String, Integer> bar : bars.entrySet()) {
            Point extent = gc.textExtent(bar.getKey());
            int textY = y + (ROW - extent.y) / 2;
            gc.drawText(bar.getKey(), GAP, textY, true);
            int width = barSpace * bar.getValue() / max;
            gc.fillRectangle(barLeft, y + 3, width, ROW - 6);
            gc.drawText(String.valueOf(bar.getValue()), barLeft + width + GAP, textY, true);
            y += ROW;
        }
    }
}
