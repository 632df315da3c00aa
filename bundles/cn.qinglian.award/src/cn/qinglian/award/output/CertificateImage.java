package cn.qinglian.award.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws a {@link Certificate} as a PNG with AWT (headless, no display needed), 1600 × 1131 pixels
 * (A4 landscape), with a Chinese font found by {@link CjkFonts}.
 */
public final class CertificateImage {

    public static final int WIDTH = 1600;
    public static final int HEIGHT = 1131;
    private static final Color RED = new Color(0xB0, 0x1E, 0x23);
    private static final Color GOLD = new Color(0xC8, 0x9B, 0x3C);
    private static final Color INK = new Color(0x22, 0x22, 0x22);

    private final Font font;

    public CertificateImage(Font font) {
        this.font = font;
    }

    /** With the first Chinese font {@link CjkFonts#find()} finds. */
    public static CertificateImage withCjkFont() {
        return new CertificateImage(CjkFonts.find());
    }

    public BufferedImage draw(Certificate certificate) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xFF, 0xFB, 0xF0));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(RED);
            g.setStroke(new BasicStroke(18));
            g.drawRect(40, 40, WIDTH - 80, HEIGHT - 80);
            g.setColor(GOLD);
            g.setStroke(new BasicStroke(4));
            g.drawRect(70, 70, WIDTH - 140, HEIGHT - 140);
            centred(g, certificate.title(), font.deriveFont(Font.BOLD, 110f), RED, 250);
            g.setFont(font.deriveFont(44f));
            g.setColor(INK);
            g.drawString(certificate.salutation(), 200, 400);
            int y = 480;
            for (String line : wrap(g.getFontMetrics(), certificate.body(), WIDTH - 400 - 88)) {
                g.drawString(line, y == 480 ? 288 : 200, y);
                y += 66;
            }
            centred(g, certificate.award(), font.deriveFont(Font.BOLD, 84f), RED, y + 90);
            g.setFont(font.deriveFont(44f));
            g.setColor(INK);
            g.drawString(certificate.closing(), 288, y + 200);
            right(g, certificate.issuer(), HEIGHT - 230);
            right(g, certificate.date(), HEIGHT - 160);
        } finally {
            g.dispose();
        }
        return image;
    }

    public void writePng(Certificate certificate, OutputStream out) throws IOException {
        if (!ImageIO.write(draw(certificate), "png", out)) {
            throw new IOException("no PNG writer available");
        }
    }

    private static void centred(Graphics2D g, String text, Font font, Color color, int y) {
        g.setFont(font);
        g.setColor(color);
        g.drawString(text, (WIDTH - g.getFontMetrics().stringWidth(text)) / 2, y);
    }

    private static void right(Graphics2D g, String text, int y) {
        g.drawString(text, WIDTH - 200 - g.getFontMetrics().stringWidth(text), y);
    }

    /** Chinese text breaks between any two characters. */
    static List<String> wrap(FontMetrics metrics, String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            line.append(text.charAt(i));
            if (metrics.stringWidth(line.toString()) > width && line.length() > 1) {
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
}
