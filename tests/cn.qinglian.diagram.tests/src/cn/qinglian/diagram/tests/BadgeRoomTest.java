package cn.qinglian.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import cn.qinglian.diagram.Badge;
import cn.qinglian.diagram.BadgeBoxes;
import cn.qinglian.diagram.Box;
import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramEdge;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.DiagramNode;
import cn.qinglian.diagram.Diagrams;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.LayoutOptions;
import cn.qinglian.diagram.NodeType;
import cn.qinglian.diagram.PlacedNode;
import cn.qinglian.diagram.TextMeasure;
import cn.qinglian.diagram.render.DiagramExporter;
import cn.qinglian.diagram.render.DiagramFormat;
import cn.qinglian.diagram.render.ExportOptions;
import cn.qinglian.diagram.render.SvgWriter;

/**
 * Boxes with decorators' badges leave room for them: no badge covers a label line, in the exports'
 * placement (half above the top edge) nor in the workbench's (just inside it), for the estimated
 * measure (SVG) and a real font (PNG, PDF), with both layout engines; boxes without badges keep their size.
 */
class BadgeRoomTest {

    private static final double FONT_SIZE = 10;
    private static final Badge FINDINGS = new Badge("查3", 0xC62828, "3 条问题尚未整改销号");

    /** A station: the head, and below it posts with long and short headings, some with badges. */
    private static DiagramGraph station(boolean badges) {
        List<DiagramNode> nodes = List.of(
                node("head", NodeType.POST, List.of("吴昊明", "和田市场监管所 所长"), List.of()),
                node("clerks", NodeType.POST, List.of("朱婷珍、李芳燕、赵林、施永志、陈怡、林兰芳、黄霞", "和田市场监管所 市场监管员"),
                        badges ? List.of(FINDINGS) : List.of()),
                node("deputy", NodeType.POST, List.of("陈峰胜", "和田市场监管所 副所长"),
                        badges ? List.of(new Badge("查1", 0xC62828, "")) : List.of()),
                node("latin", NodeType.POST, List.of("Zhang Wei、Li Mingliang、王五", "科员"),
                        badges ? List.of(new Badge("查12", 0xC62828, ""), new Badge("督", 0x1565C0, "")) : List.of()),
                node("unit", NodeType.UNIT, List.of("和田市场监管所综合执法大队第一中队"),
                        badges ? List.of(new Badge("查2", 0xC62828, "")) : List.of()),
                node("plain", NodeType.POST, List.of("陈旭浩、宋旭涛、黄春峰、李明亮、王小五", "和田市场监管所 科员"), List.of()));
        List<DiagramEdge> edges = new ArrayList<>();
        for (DiagramNode node : nodes.subList(1, nodes.size())) {
            edges.add(new DiagramEdge("e-" + node.id(), node.id(), "head", EdgeKind.LEVEL));
        }
        return new DiagramGraph("和田市场监管所", "", nodes, edges, List.of(), EdgeKind.selectable());
    }

    private static DiagramNode node(String id, NodeType type, List<String> lines, List<Badge> badges) {
        return new DiagramNode(id, type, lines, null, false).withBadges(badges);
    }

    /** The exports' layout options: the estimated measure for SVG, the CJK font's for PNG and PDF. */
    private static List<LayoutOptions> measures() throws Exception {
        return List.of(LayoutOptions.standard(),
                new DiagramExporter(DiagramFormat.PNG, ExportOptions.standard()).layoutOptions(LayoutOptions.standard()));
    }

    @Test
    void noBadgeCoversALabelLineAsTheSvgDrawsIt() throws Exception {
        for (LayoutOptions measured : measures()) {
            for (LayoutOptions.Engine engine : LayoutOptions.Engine.values()) {
                LayoutOptions options = measured.withEngine(engine);
                Diagram diagram = Diagrams.layout(station(true), options);
                Document svg = WriterTest.parse(svg(diagram));
                int badgesSeen = 0;
                for (Element group : WriterTest.groups(svg, "node")) {
                    String id = group.getAttribute("data-id");
                    List<Box> lines = lineBoxes(group, options.measure());
                    assertFalse(lines.isEmpty(), id);
                    for (Box badge : badgeBoxes(group)) {
                        badgesSeen++;
                        for (Box line : lines) {
                            assertFalse(intersect(badge, line), engine + " " + measureName(options) + " " + id
                                    + ": badge " + badge + " covers the label line " + line);
                        }
                    }
                }
                assertEquals(5, badgesSeen, "the SVG draws every badge");
            }
        }
    }

    @Test
    void noBadgeCoversALabelLineWhereTheWorkbenchDrawsIt() throws Exception {
        for (LayoutOptions measured : measures()) {
            for (LayoutOptions.Engine engine : LayoutOptions.Engine.values()) {
                LayoutOptions options = measured.withEngine(engine);
                Diagram diagram = Diagrams.layout(station(true), options);
                Document svg = WriterTest.parse(svg(diagram));
                Map<String, PlacedNode> placed = new HashMap<>();
                diagram.nodes().forEach(node -> placed.put(node.node().id(), node));
                for (Element group : WriterTest.groups(svg, "node")) {
                    PlacedNode node = placed.get(group.getAttribute("data-id"));
                    List<Box> inside = BadgeBoxes.inside(node.bounds(), node.node().badges());
                    for (Box badge : inside) {
                        assertTrue(badge.y() >= node.bounds().y() && badge.right() <= node.bounds().right(),
                                "inside the box: " + badge + " in " + node.bounds());
                        for (Box line : lineBoxes(group, options.measure())) {
                            assertFalse(intersect(badge, line), engine + " " + measureName(options) + " "
                                    + node.node().id() + ": badge " + badge + " covers the label line " + line);
                        }
                    }
                }
            }
        }
    }

    @Test
    void boxesGrowOnlyWhereABadgeWouldCoverTheirText() throws Exception {
        for (LayoutOptions measured : measures()) {
            for (LayoutOptions.Engine engine : LayoutOptions.Engine.values()) {
                LayoutOptions options = measured.withEngine(engine);
                Map<String, Box> before = bounds(Diagrams.layout(station(false), options));
                Diagram decorated = Diagrams.layout(station(true), options);
                Map<String, Box> after = bounds(decorated);
                String where = engine + " " + measureName(options);
                for (String id : List.of("head", "plain", "deputy")) {
                    assertEquals(before.get(id).width(), after.get(id).width(), 1e-9, where + " " + id + " keeps its width");
                    assertEquals(before.get(id).height(), after.get(id).height(), 1e-9, where + " " + id);
                }
                for (String id : List.of("clerks", "latin", "unit")) {
                    assertTrue(after.get(id).width() > before.get(id).width(), where + " " + id + " makes room");
                    assertEquals(before.get(id).height(), after.get(id).height(), 1e-9, where + " " + id + " keeps its height");
                }
                // no wider than needed: the heading ends a few points before the badges
                Document svg = WriterTest.parse(svg(decorated));
                for (Element group : WriterTest.groups(svg, "node")) {
                    String id = group.getAttribute("data-id");
                    if (after.get(id).width() > before.get(id).width()) {
                        double gap = badgeBoxes(group).get(0).x() - lineBoxes(group, options.measure()).get(0).right();
                        assertTrue(gap >= 0 && gap < 6, where + " " + id + ": " + gap + " pt between the heading and the badges");
                    }
                }
            }
        }
    }

    /** The label lines of a node group: each text's advance (bold when drawn bold) around its x, one em above its baseline. */
    private static List<Box> lineBoxes(Element group, TextMeasure measure) {
        List<Box> boxes = new ArrayList<>();
        NodeList texts = group.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (((Element) text.getParentNode()).getAttribute("class").equals("badge")) {
                continue;
            }
            String content = text.getTextContent();
            double width = "bold".equals(text.getAttribute("font-weight")) ? measure.boldWidth(content, FONT_SIZE)
                    : measure.width(content, FONT_SIZE);
            double x = Double.parseDouble(text.getAttribute("x"));
            double baseline = Double.parseDouble(text.getAttribute("y"));
            boxes.add(new Box(x - width / 2, baseline - FONT_SIZE, width, 1.25 * FONT_SIZE));
        }
        return boxes;
    }

    private static List<Box> badgeBoxes(Element group) {
        List<Box> boxes = new ArrayList<>();
        for (Element badge : WriterTest.groups(group.getOwnerDocument(), "badge")) {
            if (badge.getParentNode() == group) {
                Element rect = (Element) badge.getElementsByTagName("rect").item(0);
                boxes.add(new Box(number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height")));
            }
        }
        return boxes;
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static boolean intersect(Box a, Box b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }

    private static Map<String, Box> bounds(Diagram diagram) {
        Map<String, Box> bounds = new HashMap<>();
        diagram.nodes().forEach(node -> bounds.put(node.node().id(), node.bounds()));
        return bounds;
    }

    private static String measureName(LayoutOptions options) {
        return options.measure().getClass().getSimpleName();
    }

    private static byte[] svg(Diagram diagram) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgWriter().write(diagram, out);
        return out.toByteArray();
    }
}
