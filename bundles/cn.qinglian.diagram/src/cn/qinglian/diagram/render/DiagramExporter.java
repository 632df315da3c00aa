package cn.qinglian.diagram.render;

import java.awt.Font;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.Diagrams;
import cn.qinglian.diagram.LayoutOptions;

/**
 * Lays out and writes a graph in one format: SVG measures text without a font (fast, no AWT), PNG and
 * PDF with the CJK font they draw with, so boxes fit their labels exactly. Used by the command line
 * and the workbench's export.
 */
public final class DiagramExporter {

    private final DiagramFormat format;
    private final ExportOptions options;
    private final Path fontFile;
    private final Font awtFont;

    /**
     * @throws FontNotFoundException for PNG and PDF when no CJK font is named or found
     */
    public DiagramExporter(DiagramFormat format, ExportOptions options) throws FontNotFoundException {
        this.format = format;
        this.options = options;
        if (format.needsFont()) {
            fontFile = CjkFonts.find(options.fontFile());
            awtFont = AwtFonts.load(fontFile);
        } else {
            fontFile = null;
            awtFont = null;
        }
    }

    /** {@code base} with the text measure this format needs. */
    public LayoutOptions layoutOptions(LayoutOptions base) {
        return awtFont == null ? base : base.withMeasure(new AwtTextMeasure(awtFont));
    }

    /** Lays out {@code graph} for this format. */
    public Diagram layout(DiagramGraph graph, LayoutOptions base) {
        return Diagrams.layout(graph, layoutOptions(base));
    }

    /** The writer for this format. */
    public DiagramWriter writer() {
        return switch (format) {
            case SVG -> new SvgWriter();
            case PNG -> new PngWriter(options.dpi(), awtFont);
            case PDF -> new PdfWriter(options.paper(), fontFile);
        };
    }

    /** Writes {@code diagram} to {@code file} (through a temporary file beside it, so no half file is left). */
    public void write(Diagram diagram, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Path temporary = Files.createTempFile(folder, ".diagram-", ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                writer().write(diagram, out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
