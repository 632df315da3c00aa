package cn.qinglian.inspection.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a {@link TourReport} as an A4 PDF with an embedded Chinese font (subset) found by
 * {@link ChineseFontFiles}; fails with a message naming what to install when there is none. Needs Apache
 * PDFBox (an optional dependency of this bundle).
 */
public final class TourReportPdf {

    private static final float MARGIN = 50;
    private static final float BODY = 10.5f;

    private TourReportPdf() {
    }

    public static void write(TourReport report, String categoryHeading, String findingsHeading, Path file)
            throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".report", ".pdf");
        try (PDDocument document = new PDDocument()) {
            PDFont font = chineseFont(document);
            Layout layout = new Layout(document, font);
            layout.line(report.title(), 18, 0);
            layout.space(8);
            for (String[] fact : report.facts()) {
                layout.wrapped(fact[0] + "：" + fact[1], BODY, 0);
            }
            layout.space(8);
            layout.line(categoryHeading, 14, 0);
            for (String[] count : report.categoryCounts()) {
                layout.wrapped(count[0] + "  " + count[1], BODY, 12);
            }
            layout.space(8);
            layout.line(findingsHeading, 14, 0);
            List<String> header = report.findingHeader();
            for (List<String> row : report.findings()) {
                layout.wrapped(row.get(0) + ". 【" + row.get(1) + "】" + row.get(2), BODY, 0);
                for (int c = 3; c < row.size(); c++) {
                    layout.wrapped(header.get(c) + "：" + row.get(c), BODY - 1, 16);
                }
                layout.space(3);
            }
            layout.space(6);
            layout.wrapped(report.progress(), BODY, 0);
            layout.close();
            document.save(temporary.toFile());
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static PDFont chineseFont(PDDocument document) throws IOException {
        List<String> tried = new ArrayList<>();
        for (Path candidate : ChineseFontFiles.candidates()) {
            try {
                TrueTypeFont ttf;
                if (candidate.toString().toLowerCase().endsWith(".ttc")) {
                    TrueTypeCollection collection = new TrueTypeCollection(candidate.toFile());
                    TrueTypeFont[] first = new TrueTypeFont[1];
                    collection.processAllFonts(f -> {
                        if (first[0] == null) {
                            first[0] = f;
                        }
                    });
                    ttf = first[0];
                } else {
                    ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(candidate.toFile()));
                }
                if (ttf != null) {
                    return PDType0Font.load(document, ttf, true);
                }
            } catch (IOException | RuntimeException e) {
                tried.add(candidate + " (" + e.getMessage() + ")");
            }
        }
        throw new IOException("no Chinese TrueType font found for the PDF (tried " + tried + "); install "
                + "fonts-wqy-zenhei or name a font file with -D" + ChineseFontFiles.PROPERTY + "=FILE");
    }

    /** Top-down text layout over A4 pages. */
    private static final class Layout {
        private final PDDocument document;
        private final PDFont font;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument document, PDFont font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void space(float points) {
            y -= points;
        }

        void line(String text, float size, float indent) throws IOException {
            float height = size * 1.45f;
            if (y - height < MARGIN) {
                newPage();
            }
            y -= height;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN + indent, y);
            stream.showText(text);
            stream.endText();
        }

        void wrapped(String text, float size, float indent) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < text.length();) {
                int cp = text.codePointAt(i);
                String next = current + new String(Character.toChars(cp));
                if (font.getStringWidth(next) / 1000 * size > width && current.length() > 0) {
                    line(current.toString(), size, indent);
                    current.setLength(0);
                    continue;
                }
                current.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            line(current.toString(), size, indent);
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
