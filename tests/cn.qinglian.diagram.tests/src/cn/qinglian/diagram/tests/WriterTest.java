package cn.qinglian.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.Diagrams;
import cn.qinglian.diagram.LayoutOptions;
import cn.qinglian.diagram.PlacedNode;
import cn.qinglian.diagram.render.CjkFonts;
import cn.qinglian.diagram.render.DiagramExporter;
import cn.qinglian.diagram.render.DiagramFormat;
import cn.qinglian.diagram.render.ExportOptions;
import cn.qinglian.diagram.render.FontNotFoundException;
import cn.qinglian.diagram.render.Paper;
import cn.qinglian.diagram.render.PdfWriter;
import cn.qinglian.diagram.render.PngWriter;
import cn.qinglian.diagram.render.SvgWriter;

class WriterTest {

    private final Locale previous = Locale.getDefault();

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
    void svgIsValidXmlWithEveryLabelAsTextAndEveryEdge() throws Exception {
        DiagramGraph graph = Sample.graph(30);
        Diagram diagram = new DiagramExporter(DiagramFormat.SVG, ExportOptions.standard()).layout(graph,
                LayoutOptions.standard());
        Document svg = parse(svg(diagram));
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("0 0 " + (long) diagram.width() + " " + (long) diagram.height(), root.getAttribute("viewBox"));
        assertTrue(root.getAttribute("font-family").contains("WenQuanYi Zen Hei"));
        assertTrue(root.getAttribute("font-family").endsWith("sans-serif"));
        assertEquals("测试图", svg.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("说明", svg.getElementsByTagName("desc").item(0).getTextContent());
        List<String> texts = new ArrayList<>();
        NodeList textElements = svg.getElementsByTagName("text");
        for (int i = 0; i < textElements.getLength(); i++) {
            texts.add(textElements.item(i).getTextContent());
        }
        graph.nodes().forEach(node -> node.lines().forEach(line -> assertTrue(texts.contains(line), line)));
        assertTrue(texts.contains("李<四>&\"五\""), "special characters come back unchanged");
        assertTrue(texts.contains("逐级报告") && texts.contains("廉政抄告"), "legend in Chinese: " + texts);
        assertEquals(graph.edges().size(), groups(svg, "edge").size());
        assertEquals(graph.nodes().size(), groups(svg, "node").size());
    }

    @Test
    void svgStylesEachKind() throws Exception {
        Diagram diagram = new DiagramExporter(DiagramFormat.SVG, ExportOptions.standard()).layout(Sample.graph(30),
                LayoutOptions.standard());
        Document svg = parse(svg(diagram));
        Map<String, Element> pathByKind = new HashMap<>();
        for (Element group : groups(svg, "edge")) {
            String kind = group.getAttribute("class").replace("edge kind-", "");
            pathByKind.put(kind, (Element) group.getElementsByTagName("path").item(0));
        }
        assertEquals(java.util.Set.of("level", "line", "internal", "mutual", "cc"), pathByKind.keySet());
        assertEquals("", pathByKind.get("level").getAttribute("stroke-dasharray"), "逐级 solid");
        assertEquals("6,4", pathByKind.get("line").getAttribute("stroke-dasharray"), "系统 dashed");
        assertEquals("1.5,3", pathByKind.get("internal").getAttribute("stroke-dasharray"), "内部 dotted");
        assertEquals("url(#start-mutual)", pathByKind.get("mutual").getAttribute("marker-start"), "相互 double-headed");
        assertEquals("url(#end-mutual)", pathByKind.get("mutual").getAttribute("marker-end"));
        assertEquals("", pathByKind.get("level").getAttribute("marker-start"));
        assertEquals("#9e9e9e", pathByKind.get("cc").getAttribute("stroke"), "廉政抄告 grey");
    }

    @Test
    void coloursAreSixHexDigitsWithLeadingZeros() throws Exception {
        DiagramGraph sample = Sample.graph(3);
        List<cn.qinglian.diagram.DiagramNode> nodes = new ArrayList<>(sample.nodes());
        nodes.set(0, nodes.get(0).withBadges(List.of(new cn.qinglian.diagram.Badge("甲", 0, "black"),
                new cn.qinglian.diagram.Badge("乙", 0x00a0ff, "blue"), new cn.qinglian.diagram.Badge("丙", 0x1565c0, "dark"))));
        DiagramGraph graph = new DiagramGraph(sample.title(), sample.description(), nodes, sample.edges(),
                sample.clusters(), sample.kinds());
        Document svg = parse(svg(Diagrams.layout(graph, LayoutOptions.standard())));
        List<String> fills = new ArrayList<>();
        for (Element badge : groups(svg, "badge")) {
            fills.add(((Element) badge.getElementsByTagName("rect").item(0)).getAttribute("fill"));
        }
        assertEquals(List.of("#000000", "#00a0ff", "#1565c0"), fills);
        for (Element group : groups(svg, "edge")) {
            String kind = group.getAttribute("class").replace("edge kind-", "");
            int rgb = cn.qinglian.diagram.EdgeStyle.of(cn.qinglian.diagram.EdgeKind.byCliName(kind).orElseThrow()).rgb();
            assertEquals(String.format("#%06x", rgb),
                    ((Element) group.getElementsByTagName("path").item(0)).getAttribute("stroke"), kind);
        }
    }

    @Test
    void pngHasTheSizeOfItsResolutionAndShowsTheDrawing() throws Exception {
        DiagramGraph graph = Sample.graph(12);
        BufferedImage at72 = png(graph, 72);
        BufferedImage at144 = png(graph, 144);
        assertEquals(2 * at72.getWidth(), at144.getWidth(), 2);
        assertEquals(2 * at72.getHeight(), at144.getHeight(), 2);
        Diagram diagram = new DiagramExporter(DiagramFormat.PNG, ExportOptions.standard()).layout(graph,
                LayoutOptions.standard());
        assertEquals((int) Math.ceil(diagram.width()), at72.getWidth());
        int dark = 0;
        for (int y = 0; y < at144.getHeight(); y++) {
            for (int x = 0; x < at144.getWidth(); x++) {
                int rgb = at144.getRGB(x, y) & 0xFFFFFF;
                if (((rgb >> 16) & 0xFF) < 128 && ((rgb >> 8) & 0xFF) < 128 && (rgb & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 2000, "text and lines drawn: " + dark + " dark pixels");
        // the first node's label area holds dark (glyph) pixels, not only its border
        PlacedNode first = diagram.nodes().get(0);
        int glyphs = 0;
        for (int y = (int) (first.bounds().y() * 2) + 6; y < (int) (first.bounds().bottom() * 2) - 6; y++) {
            for (int x = (int) (first.bounds().x() * 2) + 6; x < (int) (first.bounds().right() * 2) - 6; x++) {
                if ((at144.getRGB(x, y) & 0xFF) < 128) {
                    glyphs++;
                }
            }
        }
        assertTrue(glyphs > 50, "label glyphs: " + glyphs);
    }

    @Test
    void aPngTooLargeIsRefusedWithAMessage() throws Exception {
        DiagramExporter exporter = new DiagramExporter(DiagramFormat.PNG, ExportOptions.standard().withDpi(1200));
        Diagram diagram = exporter.layout(Sample.graph(400), LayoutOptions.standard());
        IOException e = assertThrows(IOException.class, () -> exporter.write(diagram, folder.resolve("big.png")));
        assertTrue(e.getMessage().contains("1200"), e.getMessage());
        assertFalse(Files.exists(folder.resolve("big.png")));
    }

    @Test
    void aBigChartIsTiledWithAPageMapAndAllItsText() throws Exception {
        DiagramGraph graph = Sample.graph(150);
        DiagramExporter exporter = new DiagramExporter(DiagramFormat.PDF, ExportOptions.standard().withPaper(Paper.A4));
        Diagram diagram = exporter.layout(graph, LayoutOptions.standard());
        PdfWriter.Tiling tiling = PdfWriter.tiling(diagram, Paper.A4);
        assertTrue(tiling.tiled() && tiling.columns() > 1, tiling.toString());
        Path file = folder.resolve("chart.pdf");
        exporter.write(diagram, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(tiling.rows() * tiling.columns() + 1, pdf.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String map = stripper.getText(pdf);
            assertTrue(map.contains("页面索引") && map.contains("测试图"), map);
            stripper.setStartPage(2);
            stripper.setEndPage(pdf.getNumberOfPages());
            String all = stripper.getText(pdf).replaceAll("\\s+", "");
            for (var node : graph.nodes()) {
                for (String line : node.lines()) {
                    assertTrue(all.contains(line.replaceAll("\\s+", "")), "missing in the PDF: " + line);
                }
            }
            assertTrue(all.contains("第2页"), "page labels");
            assertTrue(pdf.getPage(1).getResources().getFontNames().iterator().hasNext(), "font embedded");
        }
    }

    @Test
    void aSmallChartIsOnePageOfA3() throws Exception {
        DiagramExporter exporter = new DiagramExporter(DiagramFormat.PDF, ExportOptions.standard().withPaper(Paper.A3));
        Diagram diagram = exporter.layout(Sample.graph(5), LayoutOptions.standard());
        Path file = folder.resolve("small.pdf");
        exporter.write(diagram, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            float longSide = Math.max(pdf.getPage(0).getMediaBox().getWidth(), pdf.getPage(0).getMediaBox().getHeight());
            assertEquals(1190.55, longSide, 0.1);
            assertTrue(new PDFTextStripper().getText(pdf).contains("城东市场监管所 岗位3"));
        }
    }

    @Test
    void aMissingFontFileIsNamed() {
        Path missing = folder.resolve("no-such-font.ttf");
        FontNotFoundException e = assertThrows(FontNotFoundException.class,
                () -> new DiagramExporter(DiagramFormat.PDF, ExportOptions.standard().withFontFile(missing)));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void aCjkFontIsFoundOnThisMachine() throws Exception {
        Path font = CjkFonts.find(null);
        assertTrue(Files.isRegularFile(font), font.toString());
    }

    private static byte[] svg(Diagram diagram) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgWriter().write(diagram, out);
        return out.toByteArray();
    }

    private BufferedImage png(DiagramGraph graph, int dpi) throws Exception {
        DiagramExporter exporter = new DiagramExporter(DiagramFormat.PNG, ExportOptions.standard().withDpi(dpi));
        Path file = folder.resolve("d" + dpi + ".png");
        exporter.write(exporter.layout(graph, LayoutOptions.standard()), file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(PngWriter.pixels(exporter.layout(graph, LayoutOptions.standard()), dpi)[0], image.getWidth());
        return image;
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<Element> groups(Document svg, String kind) {
        List<Element> groups = new ArrayList<>();
        NodeList all = svg.getElementsByTagName("g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            String[] classes = g.getAttribute("class").split(" ");
            if (classes.length > 0 && classes[0].equals(kind)) {
                groups.add(g);
            }
        }
        return groups;
    }

}
