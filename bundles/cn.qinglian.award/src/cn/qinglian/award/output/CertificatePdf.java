package cn.qinglian.award.output;

import java.awt.Color;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A {@link Certificate} as a one-page PDF (A4 landscape) with its text as real text in an embedded
 * subset of a Chinese TrueType font ({@link CjkFonts#files()}), so it prints anywhere and its words can be
 * searched and copied. Needs Apache PDFBox (in the product; optional for this bundle).
 */
public final class CertificatePdf {

    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();
    private static final Color RED = new Color(0xB0, 0x1E, 0x23);
    private static final Color GOLD = new Color(0xC8, 0x9B, 0x3C);

    private CertificatePdf() {
    }

    public static void write(Certificate certificate, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); FontFile file = chineseFont(document)) {
            PDFont font = file.font();
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            PDDocumentInformation information = new PDDocumentInformation();
            information.setTitle(certificate.title() + " " + certificate.award());
            document.setDocumentInformation(information);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.setStrokingColor(RED);
                stream.setLineWidth(9);
                stream.addRect(20, 20, WIDTH - 40, HEIGHT - 40);
                stream.stroke();
                stream.setStrokingColor(GOLD);
                stream.setLineWidth(2);
                stream.addRect(36, 36, WIDTH - 72, HEIGHT - 72);
                stream.stroke();
                stream.setNonStrokingColor(RED);
                centred(stream, font, 54, certificate.title(), HEIGHT - 130);
                stream.setNonStrokingColor(Color.DARK_GRAY);
                text(stream, font, 22, certificate.salutation(), 100, HEIGHT - 200);
                float y = HEIGHT - 245;
                boolean first = true;
                for (String line : wrap(font, 22, certificate.body(), WIDTH - 200 - 44)) {
                    text(stream, font, 22, line, first ? 144 : 100, y);
                    first = false;
                    y -= 34;
                }
                stream.setNonStrokingColor(RED);
                centred(stream, font, 42, certificate.award(), y - 40);
                stream.setNonStrokingColor(Color.DARK_GRAY);
                text(stream, font, 22, certificate.closing(), 144, y - 105);
                right(stream, font, 22, certificate.issuer(), 110);
                right(stream, font, 22, certificate.date(), 76);
            }
            document.save(out);
        }
    }

    private static void text(PDPageContentStream stream, PDFont font, float size, String text, float x, float y)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    private static void centred(PDPageContentStream stream, PDFont font, float size, String text, float y)
            throws IOException {
        text(stream, font, size, text, (WIDTH - width(font, size, text)) / 2, y);
    }

    private static void right(PDPageContentStream stream, PDFont font, float size, String text, float y)
            throws IOException {
        text(stream, font, size, text, WIDTH - 100 - width(font, size, text), y);
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Chinese text breaks between any two characters. */
    private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            line.append(text.charAt(i));
            if (width(font, size, line.toString()) > width && line.length() > 1) {
                line.setLength(line.length() - 1);
                lines.add(line.toString());
                line.setLength(0);
                line.append(text.charAt(i));
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The font of a document and what must stay open until the document is saved. */
    private record FontFile(PDFont font, Closeable source) implements Closeable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    private static FontFile chineseFont(PDDocument document) throws IOException {
        List<String> tried = new ArrayList<>();
        for (File file : CjkFonts.files()) {
            try {
                if (file.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                    TrueTypeCollection collection = new TrueTypeCollection(file);
                    TrueTypeFont ttf = firstOf(collection);
                    if (ttf != null) {
                        return new FontFile(PDType0Font.load(document, ttf, true), collection);
                    }
                    collection.close();
                } else {
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
                    return new FontFile(PDType0Font.load(document, ttf, true), ttf);
                }
            } catch (IOException | RuntimeException e) {
                tried.add(file + " (" + e.getMessage() + ")");
            }
        }
        throw new IOException("no Chinese TrueType font for the PDF certificate (tried " + tried
                + "); install fonts-wqy-zenhei or name a font file with -D" + CjkFonts.FONT_PROPERTY + "=FILE");
    }

    private static TrueTypeFont firstOf(TrueTypeCollection fonts) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        fonts.processAllFonts(font -> {
            if (first[0] == null) {
                first[0] = font;
            }
        });
        return first[0];
    }
}
