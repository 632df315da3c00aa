package cn.qinglian.diagram.render;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Locale;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import cn.qinglian.diagram.Box;
import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramMessages;
import cn.qinglian.diagram.PlacedNode;

/**
 * Writes a diagram as vector PDF (PDFBox) with the CJK font embedded (subset). A diagram that fits on
 * one page (paper in the orientation that suits it, 28 pt margins) takes one page at full size; a
 * larger one is tiled at full size over pages that overlap by {@value #OVERLAP} points, with dashed
 * overlap marks, corner marks and a label on each page, after a first page holding a page map: the
 * whole diagram shrunk to fit, with the grid of pages and their numbers.
 */
public final class PdfWriter implements DiagramWriter {

    /** Overlap of neighbouring tiles, in points. */
    public static final double OVERLAP = 24;
    private static final double MARGIN = 28;
    private static final int MARK_GREY = 0x888888;

    private final Paper paper;
    private final Path fontFile;

    public PdfWriter(Paper paper, Path fontFile) {
        this.paper = paper;
        this.fontFile = fontFile;
    }

    /** The tiling of a diagram: page size (orientation chosen), rows and columns (1 × 1: one page, no map). */
    public record Tiling(double pageWidth, double pageHeight, int rows, int columns) {

        public double areaWidth() {
            return pageWidth - 2 * MARGIN;
        }

        public double areaHeight() {
            return pageHeight - 2 * MARGIN;
        }

        public boolean tiled() {
            return rows * columns > 1;
        }

        /** Pages in the document: the tiles and, when tiled, the page map first. */
        public int pageCount() {
            return tiled() ? rows * columns + 1 : 1;
        }
    }

    /** How {@code diagram} is spread over pages of {@code paper}. */
    public static Tiling tiling(Diagram diagram, Paper paper) {
        boolean landscape = diagram.width() > diagram.height();
        double pw = landscape ? paper.height() : paper.width();
        double ph = landscape ? paper.width() : paper.height();
        double aw = pw - 2 * MARGIN;
        double ah = ph - 2 * MARGIN;
        int columns = diagram.width() <= aw ? 1 : (int) Math.ceil((diagram.width() - OVERLAP) / (aw - OVERLAP));
        int rows = diagram.height() <= ah ? 1 : (int) Math.ceil((diagram.height() - OVERLAP) / (ah - OVERLAP));
        return new Tiling(pw, ph, rows, columns);
    }

    @Override
    public void write(Diagram diagram, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); LoadedFont loaded = loadFont(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(diagram.graph().title());
            info.setSubject(diagram.graph().description());
            info.setCreator("Qinglian Workbench");
            info.setCreationDate(Calendar.getInstance());
            Tiling tiling = tiling(diagram, paper);
            Map<Character, Boolean> glyphs = PdfCanvas.glyphCache();
            if (tiling.tiled()) {
                pageMap(document, loaded.font, diagram, tiling, glyphs);
            }
            double stepX = tiling.areaWidth() - OVERLAP;
            double stepY = tiling.areaHeight() - OVERLAP;
            for (int row = 0; row < tiling.rows(); row++) {
                for (int column = 0; column < tiling.columns(); column++) {
                    double x0 = column * stepX;
                    double y0 = row * stepY;
                    tile(document, loaded.font, diagram, tiling, row, column, x0, y0, glyphs);
                }
            }
            document.save(out);
        }
    }

    private void tile(PDDocument document, PDFont font, Diagram diagram, Tiling tiling, int row, int column,
            double x0, double y0, Map<Character, Boolean> glyphs) throws IOException {
        PDPage page = new PDPage(new PDRectangle((float) tiling.pageWidth(), (float) tiling.pageHeight()));
        document.addPage(page);
        double aw = tiling.areaWidth();
        double ah = tiling.areaHeight();
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.saveGraphicsState();
            content.addRect((float) MARGIN, (float) MARGIN, (float) aw, (float) ah);
            content.clip();
            PdfCanvas canvas = new PdfCanvas(content, font, MARGIN - x0, tiling.pageHeight() - MARGIN + y0, 1, glyphs);
            new DiagramPainter(diagram, canvas).paint(new Box(x0, y0, aw, ah));
            content.restoreGraphicsState();
            if (tiling.tiled()) {
                marks(content, font, tiling, row, column, glyphs);
            }
        }
    }

    /** Dashed lines where the neighbouring pages' areas begin, corner marks, and the page label. */
    private static void marks(PDPageContentStream content, PDFont font, Tiling tiling, int row, int column,
            Map<Character, Boolean> glyphs) throws IOException {
        double aw = tiling.areaWidth();
        double ah = tiling.areaHeight();
        // a canvas in page coordinates with y down from the top of the page
        PdfCanvas page = new PdfCanvas(content, font, 0, tiling.pageHeight(), 1, glyphs);
        page.stroke(MARK_GREY, 0.5, new double[] { 4, 3 });
        double left = MARGIN;
        double top = MARGIN;
        if (column > 0) {
            page.strokePolyline(new double[] { left + OVERLAP, top, left + OVERLAP, top + ah });
        }
        if (column < tiling.columns() - 1) {
            page.strokePolyline(new double[] { left + aw - OVERLAP, top, left + aw - OVERLAP, top + ah });
        }
        if (row > 0) {
            page.strokePolyline(new double[] { left, top + OVERLAP, left + aw, top + OVERLAP });
        }
        if (row < tiling.rows() - 1) {
            page.strokePolyline(new double[] { left, top + ah - OVERLAP, left + aw, top + ah - OVERLAP });
        }
        page.stroke(MARK_GREY, 0.5, new double[0]);
        double mark = 10;
        double[][] corners = { { left, top }, { left + aw, top }, { left, top + ah }, { left + aw, top + ah } };
        for (double[] c : corners) {
            page.strokePolyline(new double[] { c[0] - mark, c[1], c[0] + mark, c[1] });
            page.strokePolyline(new double[] { c[0], c[1] - mark, c[0], c[1] + mark });
        }
        int number = row * tiling.columns() + column + 2;
        page.fill(MARK_GREY);
        page.text(DiagramMessages.format(Locale.getDefault(), "pageLabel", number, tiling.pageCount(), row + 1,
                column + 1), MARGIN, tiling.pageHeight() - MARGIN / 2 + 3, 8, false, Canvas.Align.LEFT);
    }

    /** The first page: the diagram shrunk to fit (boxes only) with the grid of pages and their numbers. */
    private static void pageMap(PDDocument document, PDFont font, Diagram diagram, Tiling tiling,
            Map<Character, Boolean> glyphs) throws IOException {
        PDPage page = new PDPage(new PDRectangle((float) tiling.pageWidth(), (float) tiling.pageHeight()));
        document.addPage(page);
        double headline = 40;
        double aw = tiling.areaWidth();
        double ah = tiling.areaHeight() - headline;
        double scale = Math.min(aw / diagram.width(), ah / diagram.height());
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            PdfCanvas text = new PdfCanvas(content, font, 0, tiling.pageHeight(), 1, glyphs);
            text.fill(Palette.TEXT);
            text.text(diagram.graph().title(), MARGIN, MARGIN + 12, 12, true, Canvas.Align.LEFT);
            text.text(DiagramMessages.format(Locale.getDefault(), "pageMapTitle", tiling.pageCount(), tiling.rows(),
                    tiling.columns(), (int) OVERLAP), MARGIN, MARGIN + 28, 9, false, Canvas.Align.LEFT);
            double top = MARGIN + headline;
            PdfCanvas map = new PdfCanvas(content, font, MARGIN, tiling.pageHeight() - top, scale, glyphs);
            map.stroke(Palette.NODE_BORDER, 0.6 / scale, new double[0]);
            map.fill(0xDDE6EE);
            for (PlacedNode node : diagram.nodes()) {
                Box b = node.bounds();
                map.fillRect(b.x(), b.y(), b.width(), b.height());
            }
            double stepX = aw - OVERLAP;
            double stepY = tiling.areaHeight() - OVERLAP;
            double tileW = tiling.areaWidth();
            double tileH = tiling.areaHeight();
            map.stroke(0xC62828, 0.8 / scale, new double[0]);
            for (int row = 0; row < tiling.rows(); row++) {
                for (int column = 0; column < tiling.columns(); column++) {
                    double x = column * stepX;
                    double y = row * stepY;
                    double w = Math.min(tileW, diagram.width() - x);
                    double h = Math.min(tileH, diagram.height() - y);
                    map.strokeRect(x, y, w, h);
                    double size = Math.max(6, Math.min(14, Math.min(w, h) * scale / 3));
                    map.fill(0xC62828);
                    String number = String.valueOf(row * tiling.columns() + column + 2);
                    map.text(number, x + w / 2, y + h / 2 + size / scale / 3, size / scale, true, Canvas.Align.CENTER);
                }
            }
        }
    }

    private LoadedFont loadFont(PDDocument document) throws IOException {
        String name = fontFile.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc") || name.endsWith(".otc")) {
            TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            if (first[0] == null) {
                collection.close();
                throw new IOException(DiagramMessages.format(Locale.getDefault(), "fontUnusable", fontFile, "-"));
            }
            return new LoadedFont(PDType0Font.load(document, first[0], true), collection);
        }
        return new LoadedFont(PDType0Font.load(document, fontFile.toFile()), null);
    }

    /** The document's font and the collection it came from, closed after the document is saved. */
    private record LoadedFont(PDFont font, Closeable source) implements Closeable {

        @Override
        public void close() throws IOException {
            if (source != null) {
                source.close();
            }
        }
    }
}
