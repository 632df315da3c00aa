package cn.qinglian.ui.internal.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** A horizontal bar chart (label, bar, number per row) drawn with GC. */
public final class StaffChart {

    private static final int ROW = 19;
    private static final int GAP = 6;

    private final Canvas canvas;
    private String title = "";
    private Map<String, Integer> bars = new LinkedHashMap<>();

    StaffChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(event -> paint(event.gc));
    }

    Canvas control() {
        return canvas;
    }

    void show(String newTitle, Map<String, Integer> newBars) {
        title = newTitle;
        bars = new LinkedHashMap<>(newBars);
        canvas.redraw();
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
