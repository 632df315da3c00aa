package cn.qinglian.diagram.render;

import java.util.Locale;
import java.util.Optional;

/** The file formats a diagram is written in. */
public enum DiagramFormat {
    SVG("svg"),
    PNG("png"),
    PDF("pdf");

    private final String extension;

    DiagramFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension without dot, also the command-line name. */
    public String extension() {
        return extension;
    }

    /** The format named {@code name} (svg, png, pdf; any case). */
    public static Optional<DiagramFormat> byName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (DiagramFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Whether this format needs a CJK font file (PNG and PDF draw glyphs; SVG names fonts only). */
    public boolean needsFont() {
        return this != SVG;
    }
}
