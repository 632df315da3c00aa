package cn.qinglian.ui.internal.problems;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/** 16-pixel round marks for the severities: red errors, amber warnings, blue infos. */
final class SeverityImages {

    private static final int SIZE = 16;

    private SeverityImages() {
    }

    static ImageDescriptor of(int severity) {
        RGB color = switch (severity) {
            case Diagnostic.ERROR -> new RGB(0xd0, 0x30, 0x30);
            case Diagnostic.WARNING -> new RGB(0xe8, 0xa0, 0x10);
            default -> new RGB(0x30, 0x70, 0xd0);
        };
        ImageData data = new ImageData(SIZE, SIZE, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        int pixel = data.palette.getPixel(color);
        double centre = (SIZE - 1) / 2.0;
        double radius = SIZE / 2.0 - 2;
        for (int x = 0; x < SIZE; x++) {
            for (int y = 0; y < SIZE; y++) {
                double distance = Math.hypot(x - centre, y - centre);
                data.setPixel(x, y, pixel);
                data.setAlpha(x, y, distance <= radius ? 255 : 0);
            }
        }
        return ImageDescriptor.createFromImageData(data);
    }
}
