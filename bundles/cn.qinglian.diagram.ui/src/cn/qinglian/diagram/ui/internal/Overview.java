package cn.qinglian.diagram.ui.internal;

import java.util.function.Supplier;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The whole diagram in small, with a frame around what the viewer shows; a click or drag moves the
 * viewer there. The picture is painted like a print (highlight and layers included) and redrawn
 * shortly after the diagram changes. (Draw2d 3.2's Thumbnail is not used: its updater throws when its
 * source is briefly empty, which happens whenever the diagram is laid out again.)
 */
final class Overview {

    private static final int REDRAW_DELAY_MILLIS = 150;

    private final Canvas canvas;
    private final DiagramViewer viewer;
    private final Supplier<Rectangle> extent;
    private final Color frame;
    private Image picture;
    private boolean stale = true;
    private boolean scheduled;
    private double scale = 1;
    private int offsetX;
    private int offsetY;

    Overview(Composite parent, DiagramViewer viewer, Supplier<Rectangle> extent) {
        this.viewer = viewer;
        this.extent = extent;
        canvas = new Canvas(parent, SWT.BORDER | SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        frame = new Color(parent.getDisplay(), 0xE5, 0x39, 0x35);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> changed());
        canvas.addListener(SWT.MouseDown, this::moveViewer);
        canvas.addListener(SWT.MouseMove, e -> {
            if ((e.stateMask & SWT.BUTTON1) != 0) {
                moveViewer(e);
            }
        });
        canvas.addListener(SWT.Dispose, e -> {
            if (picture != null) {
                picture.dispose();
            }
            frame.dispose();
        });
        Viewport viewport = viewer.canvas().getViewport();
        viewport.getHorizontalRangeModel().addPropertyChangeListener(e -> redrawFrame());
        viewport.getVerticalRangeModel().addPropertyChangeListener(e -> redrawFrame());
    }

    Canvas control() {
        return canvas;
    }

    /** The diagram changed (laid out, highlighted, layers): repaint the picture soon. */
    void changed() {
        stale = true;
        if (scheduled || canvas.isDisposed()) {
            return;
        }
        scheduled = true;
        canvas.getDisplay().timerExec(REDRAW_DELAY_MILLIS, () -> {
            scheduled = false;
            if (!canvas.isDisposed()) {
                canvas.redraw();
            }
        });
    }

    private void redrawFrame() {
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    private void paint(Event event) {
        org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
        if (area.width <= 0 || area.height <= 0 || viewer.diagramPart() == null) {
            return;
        }
        if (stale || picture == null || !picture.getBounds().equals(area)) {
            render(area);
        }
        event.gc.drawImage(picture, 0, 0);
        double zoom = viewer.zoom().getZoom();
        Viewport viewport = viewer.canvas().getViewport();
        Rectangle shown = viewport.getClientArea().getCopy();
        event.gc.setForeground(frame);
        event.gc.setLineWidth(2);
        Rectangle whole = extent.get();
        event.gc.drawRectangle(offsetX + (int) ((shown.x / zoom - whole.x) * scale),
                offsetY + (int) ((shown.y / zoom - whole.y) * scale), (int) (shown.width / zoom * scale),
                (int) (shown.height / zoom * scale));
    }

    private void render(org.eclipse.swt.graphics.Rectangle area) {
        if (picture != null) {
            picture.dispose();
        }
        picture = new Image(canvas.getDisplay(), area.width, area.height);
        Rectangle whole = extent.get();
        scale = Math.min((double) area.width / Math.max(1, whole.width), (double) area.height / Math.max(1, whole.height));
        offsetX = (int) ((area.width - whole.width * scale) / 2);
        offsetY = (int) ((area.height - whole.height * scale) / 2);
        GC gc = new GC(picture);
        try {
            gc.setBackground(canvas.getBackground());
            gc.fillRectangle(area);
            DiagramPrinting.paint(gc, viewer.printable(), whole, new Rectangle(0, 0, area.width, area.height));
        } finally {
            gc.dispose();
        }
        stale = false;
    }

    /** Centres the viewer on the point of the diagram under the mouse. */
    private void moveViewer(Event event) {
        if (event.type == SWT.MouseDown && event.button != 1) {
            return;
        }
        Rectangle whole = extent.get();
        double zoom = viewer.zoom().getZoom();
        double x = (event.x - offsetX) / scale + whole.x;
        double y = (event.y - offsetY) / scale + whole.y;
        FigureCanvas figureCanvas = viewer.canvas();
        Rectangle shown = figureCanvas.getViewport().getClientArea();
        figureCanvas.scrollTo((int) (x * zoom - shown.width / 2.0), (int) (y * zoom - shown.height / 2.0));
    }
}
