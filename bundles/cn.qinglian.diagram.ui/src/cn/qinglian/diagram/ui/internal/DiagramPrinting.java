package cn.qinglian.diagram.ui.internal;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.printing.Printer;

/**
 * Prints a diagram as shown (highlight and layers included) on one page, scaled to fit within the
 * margins. The same painting renders into an image, which is how the print path is tested without a
 * printer.
 */
public final class DiagramPrinting {

    private static final double MARGIN_INCH = 0.5;

    private DiagramPrinting() {
    }

    /** Prints {@code printable} (the diagram's printable layers, {@code extent} of it) as one job named {@code title}. */
    public static void print(Printer printer, IFigure printable, Rectangle extent, String title) {
        if (!printer.startJob(title)) {
            throw new IllegalStateException("the printer refused the job " + title);
        }
        try {
            printer.startPage();
            GC gc = new GC(printer);
            try {
                org.eclipse.swt.graphics.Point dpi = printer.getDPI();
                org.eclipse.swt.graphics.Rectangle client = printer.getClientArea();
                int marginX = (int) (dpi.x * MARGIN_INCH);
                int marginY = (int) (dpi.y * MARGIN_INCH);
                paint(gc, printable, extent, new Rectangle(client.x + marginX, client.y + marginY,
                        client.width - 2 * marginX, client.height - 2 * marginY));
            } finally {
                gc.dispose();
            }
            printer.endPage();
        } finally {
            printer.endJob();
        }
    }

    /** Renders {@code extent} of {@code printable} into a new image {@code width} pixels wide (caller disposes). */
    public static Image render(Device device, IFigure printable, Rectangle extent, int width) {
        int height = Math.max(1, (int) Math.ceil((double) extent.height * width / Math.max(1, extent.width)));
        Image image = new Image(device, width, height);
        GC gc = new GC(image);
        try {
            gc.setBackground(device.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, width, height);
            paint(gc, printable, extent, new Rectangle(0, 0, width, height));
        } finally {
            gc.dispose();
        }
        return image;
    }

    /** Paints {@code extent} of {@code printable} into {@code page} of {@code gc}, scaled to fit, centred. */
    public static void paint(GC gc, IFigure printable, Rectangle extent, Rectangle page) {
        double scale = Math.min((double) page.width / Math.max(1, extent.width),
                (double) page.height / Math.max(1, extent.height));
        int offsetX = page.x + (int) ((page.width - extent.width * scale) / 2);
        int offsetY = page.y + (int) ((page.height - extent.height * scale) / 2);
        SWTGraphics graphics = new SWTGraphics(gc);
        try {
            graphics.setAntialias(SWT.ON);
            graphics.setTextAntialias(SWT.ON);
            graphics.translate(offsetX, offsetY);
            graphics.scale(scale);
            graphics.translate(-extent.x, -extent.y);
            graphics.setClip(extent.getCopy());
            printable.paint(graphics);
        } finally {
            graphics.dispose();
        }
    }
}
