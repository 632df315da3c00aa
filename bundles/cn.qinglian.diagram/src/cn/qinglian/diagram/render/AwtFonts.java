package cn.qinglian.diagram.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import cn.qinglian.diagram.DiagramMessages;

/** Loads a font file (.ttf, .otf or the first face of a .ttc collection) for AWT. */
public final class AwtFonts {

    private AwtFonts() {
    }

    public static Font load(Path file) throws FontNotFoundException {
        try {
            Font[] fonts = Font.createFonts(file.toFile());
            if (fonts.length == 0) {
                throw new FontNotFoundException(DiagramMessages.format(Locale.getDefault(), "fontUnusable", file, "-"));
            }
            return fonts[0];
        } catch (IOException | FontFormatException e) {
            throw new FontNotFoundException(DiagramMessages.format(Locale.getDefault(), "fontUnusable", file, e.getMessage()));
        }
    }
}
