package cn.qinglian.diagram.render;

import java.nio.file.Path;

/**
 * Options of the writers.
 *
 * @param dpi PNG resolution (72 = one pixel per point)
 * @param paper PDF paper; a chart larger than one page is tiled over several
 * @param fontFile a TrueType/OpenType font file (.ttf, .otf, .ttc) with Chinese glyphs for PNG and PDF,
 *        or {@code null} to find one on the system ({@link CjkFonts})
 */
public record ExportOptions(int dpi, Paper paper, Path fontFile) {

    public static ExportOptions standard() {
        return new ExportOptions(144, Paper.A4, null);
    }

    public ExportOptions withDpi(int newDpi) {
        return new ExportOptions(newDpi, paper, fontFile);
    }

    public ExportOptions withPaper(Paper newPaper) {
        return new ExportOptions(dpi, newPaper, fontFile);
    }

    public ExportOptions withFontFile(Path newFontFile) {
        return new ExportOptions(dpi, paper, newFontFile);
    }
}
