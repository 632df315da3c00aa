package cn.qinglian.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.UsageException;

/**
 * {@code qinglian export-diagram} as users run it: the command contributed to
 * {@code cn.qinglian.cli.subcommands}, on the shipped L-district sample, in Chinese.
 */
class ExportDiagramCommandTest {

    private final Locale previous = Locale.getDefault();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path folder;

    @BeforeEach
    void chinese() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(previous);
    }

    @Test
    void aUnitDiagramIsWrittenAsSvg() throws Exception {
        Path file = folder.resolve("station.svg");
        assertEquals(0, run("--workspace", Sample.folder().toString(), "--scope", "unit:" + Sample.STATION,
                "--format", "svg", "--out", file.toString(), "--as-of", "2024-06-30"), errors());
        assertEquals(file.toString(), printed().strip());
        assertTrue(errors().contains("已写入"), errors());
        Document svg = WriterTest.parse(Files.readAllBytes(file));
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("和埠派出所"), "cluster label and title");
        assertFalse(WriterTest.groups(svg, "edge").isEmpty());
        assertFalse(WriterTest.groups(svg, "cluster").isEmpty(), "a unit is drawn with its hierarchy by default");
    }

    @Test
    void kindsLimitTheLinesDrawn() throws Exception {
        Path file = folder.resolve("all.svg");
        assertEquals(0, run("--workspace", Sample.folder().toString(), "--scope", "all", "--kinds", "mutual,cc",
                "--out", file.toString(), "--as-of", "2024-06-30"), errors());
        Document svg = WriterTest.parse(Files.readAllBytes(file));
        long others = WriterTest.groups(svg, "edge").stream()
                .filter(g -> !g.getAttribute("class").endsWith("mutual") && !g.getAttribute("class").endsWith("cc"))
                .count();
        assertEquals(0, others);
        assertEquals(88 + 30, WriterTest.groups(svg, "edge").size(), "88 mutual lines and 30 copy-notice edges");
    }

    @Test
    void aChainAsPngAtTheChosenResolution() throws Exception {
        Path at72 = folder.resolve("chain72.png");
        Path at144 = folder.resolve("chain144.png");
        assertEquals(0, run("--workspace", Sample.folder().toString(), "--scope", "chain:" + Sample.CLERK_ID,
                "--format", "png", "--dpi", "72", "--out", at72.toString(), "--as-of", "2024-06-30"), errors());
        assertEquals(0, run("--workspace", Sample.folder().toString(), "--scope", "chain:" + Sample.CLERK_ID,
                "--format", "png", "--dpi", "144", "--out", at144.toString(), "--as-of", "2024-06-30"), errors());
        BufferedImage small = ImageIO.read(at72.toFile());
        BufferedImage large = ImageIO.read(at144.toFile());
        assertEquals(2 * small.getWidth(), large.getWidth(), 2);
        assertEquals(2 * small.getHeight(), large.getHeight(), 2);
    }

    @Test
    void aLeadersLinesAsPdf() throws Exception {
        Path file = folder.resolve("leader.pdf");
        assertEquals(0, run("--workspace", Sample.folder().toString(), "--scope", "leader:" + Sample.LEADER_ID,
                "--format", "pdf", "--paper", "a3", "--out", file.toString(), "--as-of", "2024-06-30"), errors());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertTrue(text.contains("张杰永"), text);
            assertTrue(text.contains("分管"), "legend");
        }
    }

    @Test
    void eachUnitWritesOneDiagramPerStationWithProgress() throws Exception {
        Path out = folder.resolve("stations");
        assertEquals(0, run("--workspace", Sample.folder().toString(), "--scope", "each-unit", "--format", "svg",
                "--out", out.toString(), "--as-of", "2024-06-30"), errors());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(31, files.filter(f -> f.toString().endsWith(".svg")).count());
        }
        assertTrue(Files.exists(out.resolve("L区-和埠街道-和埠派出所.svg")));
        assertTrue(errors().contains("正在导出站所 31/31"), errors());
        assertEquals(31, printed().lines().count());
    }

    @Test
    void unknownUnitsAndPeopleAreBadInputNamedInTheMessage() {
        Path file = folder.resolve("x.svg");
        assertEquals(2, run("--workspace", Sample.folder().toString(), "--scope", "unit:L区/无此单位", "--format", "svg",
                "--out", file.toString()));
        assertTrue(errors().contains("L区/无此单位"), errors());
        assertEquals(2, run("--workspace", Sample.folder().toString(), "--scope", "chain:Z-999", "--format", "svg",
                "--out", file.toString()));
        assertTrue(errors().contains("Z-999"), errors());
        assertEquals(2, run("--workspace", Sample.folder().toString(), "--scope", "leader:Z-998", "--format", "svg",
                "--out", file.toString()));
        assertTrue(errors().contains("Z-998"), errors());
        assertFalse(Files.exists(file), "nothing written");
    }

    @Test
    void badOptionsAreBadInput() {
        Path file = folder.resolve("x.svg");
        String workspace = Sample.folder().toString();
        assertEquals(2, run("--workspace", workspace, "--scope", "all", "--format", "svg", "--out", file.toString(),
                "--kinds", "level,weekly"));
        assertTrue(errors().contains("weekly"), errors());
        assertEquals(2, run("--workspace", workspace, "--scope", "somewhere", "--format", "svg", "--out", file.toString()));
        assertTrue(errors().contains("somewhere"), errors());
        assertEquals(2, run("--workspace", workspace, "--scope", "all", "--format", "gif", "--out", file.toString()));
        assertEquals(2, run("--workspace", workspace, "--scope", "all", "--format", "png", "--dpi", "9000",
                "--out", file.toString()));
        assertEquals(2, run("--workspace", folder.resolve("none").toString(), "--scope", "all", "--format", "svg",
                "--out", file.toString()));
        assertEquals(2, run("--workspace", workspace, "--scope", "all", "--format", "pdf", "--font",
                folder.resolve("missing.ttc").toString(), "--out", folder.resolve("x.pdf").toString()));
        assertTrue(errors().contains("missing.ttc"), errors());
        assertFalse(Files.exists(file));
    }

    @Test
    void theDirectLauncherRunsTheSameCommandWithoutOsgi() throws Exception {
        Path file = folder.resolve("direct.svg");
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = cn.qinglian.diagram.cli.DirectLauncher.run(List.of("-nl", "en", "export-diagram",
                "--workspace", Sample.folder().toString(), "--scope", "unit:L区/无此单位", "--out", file.toString()), o, e);
        assertEquals(2, code);
        assertTrue(errors().contains("no unit \"L区/无此单位\""), errors());
        code = cn.qinglian.diagram.cli.DirectLauncher.run(List.of("export-diagram", "--workspace",
                Sample.folder().toString(), "--scope", "all", "--out", file.toString()), o, e);
        assertEquals(0, code, errors());
        assertTrue(Files.size(file) > 10_000);
    }

    private int run(String... arguments) {
        IConfigurationElement element = null;
        for (IConfigurationElement candidate : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("cn.qinglian.cli.subcommands")) {
            if ("export-diagram".equals(candidate.getAttribute("name"))) {
                element = candidate;
            }
        }
        assertNotNull(element, "export-diagram is contributed");
        out.reset();
        err.reset();
        CommandContext context = new CommandContext() {
            private final PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            private final PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

            @Override
            public PrintStream out() {
                return o;
            }

            @Override
            public PrintStream err() {
                return e;
            }

            @Override
            public Locale locale() {
                return Locale.getDefault();
            }
        };
        try {
            SubCommand command = (SubCommand) element.createExecutableExtension("class");
            return command.run(List.of(arguments), context);
        } catch (UsageException e) {
            context.err().println(e.getMessage());
            return SubCommand.BAD_INPUT;
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
