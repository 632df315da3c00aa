package cn.qinglian.diagram.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.qinglian.diagram.Badge;
import cn.qinglian.diagram.BadgeBoxes;
import cn.qinglian.diagram.Box;
import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramStyle;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.EdgeStyle;
import cn.qinglian.diagram.Legend;
import cn.qinglian.diagram.LegendEntry;
import cn.qinglian.diagram.PlacedCluster;
import cn.qinglian.diagram.PlacedNode;
import cn.qinglian.diagram.Point;
import cn.qinglian.diagram.RoutedEdge;

/**
 * Writes a diagram as SVG 1.1: text as text (searchable, selectable), a {@code viewBox}, {@code <title>}
 * and {@code <desc>}, a font-family list with CJK fall-backs. Each edge is one {@code <path>} in a
 * {@code <g class="edge kind-...">} carrying the model id in {@code data-id}; arrowheads are markers.
 * Each node is a {@code <g class="node">} with {@code data-id}.
 */
public final class SvgWriter implements DiagramWriter {

    @Override
    public void write(Diagram diagram, OutputStream out) throws IOException {
        StringBuilder svg = new StringBuilder(256 + diagram.nodes().size() * 400 + diagram.edges().size() * 200);
        DiagramStyle style = diagram.style();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"");
        num(svg, diagram.width()).append("\" height=\"");
        num(svg, diagram.height()).append("\" viewBox=\"0 0 ");
        num(svg, diagram.width()).append(' ');
        num(svg, diagram.height()).append("\" font-family=\"");
        fontFamilies(svg, style.fontFamilies());
        svg.append("\" font-size=\"");
        num(svg, style.fontSize()).append("\">\n<title>");
        text(svg, diagram.graph().title()).append("</title>\n<desc>");
        text(svg, diagram.graph().description()).append("</desc>\n");
        Set<EdgeKind> used = EnumSet.noneOf(EdgeKind.class);
        diagram.edges().forEach(edge -> used.add(edge.edge().kind()));
        if (diagram.legend() != null) {
            diagram.legend().entries().forEach(entry -> used.add(entry.kind()));
        }
        markers(svg, used);
        svg.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        clusters(svg, diagram.clusters());
        edges(svg, diagram.edges());
        nodes(svg, diagram.nodes(), style);
        legend(svg, diagram.legend());
        svg.append("</svg>\n");
        out.write(svg.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void fontFamilies(StringBuilder svg, List<String> families) {
        for (int i = 0; i < families.size(); i++) {
            if (i > 0) {
                svg.append(", ");
            }
            String family = families.get(i);
            boolean generic = family.equals("sans-serif") || family.equals("serif") || family.equals("monospace");
            if (generic) {
                svg.append(family);
            } else {
                svg.append('\'');
                text(svg, family).append('\'');
            }
        }
    }

    private static void markers(StringBuilder svg, Set<EdgeKind> kinds) {
        svg.append("<defs>\n");
        for (EdgeKind kind : kinds) {
            EdgeStyle style = EdgeStyle.of(kind);
            svg.append("<marker id=\"end-").append(kind.cliName())
                    .append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\""
                            + " markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M0,1 L10,5 L0,9 z\" fill=\"")
                    .append(hex(style.rgb())).append("\"/></marker>\n");
            if (style.arrowAtSource()) {
                svg.append("<marker id=\"start-").append(kind.cliName())
                        .append("\" viewBox=\"0 0 10 10\" refX=\"0\" refY=\"5\" markerUnits=\"userSpaceOnUse\""
                                + " markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M10,1 L0,5 L10,9 z\" fill=\"")
                        .append(hex(style.rgb())).append("\"/></marker>\n");
            }
        }
        svg.append("</defs>\n");
    }

    private static void clusters(StringBuilder svg, List<PlacedCluster> clusters) {
        if (clusters.isEmpty()) {
            return;
        }
        svg.append("<g class=\"clusters\">\n");
        for (PlacedCluster cluster : clusters) {
            Box b = cluster.bounds();
            svg.append("<g class=\"cluster\" data-id=\"");
            text(svg, cluster.cluster().id()).append("\"><rect x=\"");
            num(svg, b.x()).append("\" y=\"");
            num(svg, b.y()).append("\" width=\"");
            num(svg, b.width()).append("\" height=\"");
            num(svg, b.height()).append("\" rx=\"6\" fill=\"").append(hex(Palette.clusterFill(cluster.depth())))
                    .append("\" stroke=\"").append(hex(Palette.CLUSTER_BORDER)).append("\"/><text x=\"");
            num(svg, b.x() + 8).append("\" y=\"");
            num(svg, b.y() + 14).append("\" fill=\"").append(hex(Palette.TEXT)).append("\" font-weight=\"bold\">");
            text(svg, cluster.cluster().label()).append("</text></g>\n");
        }
        svg.append("</g>\n");
    }

    private static void edges(StringBuilder svg, List<RoutedEdge> edges) {
        svg.append("<g class=\"edges\" fill=\"none\">\n");
        for (RoutedEdge edge : edges) {
            EdgeKind kind = edge.edge().kind();
            EdgeStyle style = EdgeStyle.of(kind);
            svg.append("<g class=\"edge kind-").append(kind.cliName()).append("\" data-id=\"");
            text(svg, edge.edge().id()).append("\"><path d=\"");
            List<Point> points = edge.points();
            for (int i = 0; i < points.size(); i++) {
                svg.append(i == 0 ? 'M' : 'L');
                num(svg, points.get(i).x()).append(' ');
                num(svg, points.get(i).y());
            }
            svg.append("\" stroke=\"").append(hex(style.rgb())).append("\" stroke-width=\"");
            num(svg, style.width()).append('"');
            dash(svg, style);
            svg.append(" marker-end=\"url(#end-").append(kind.cliName()).append(")\"");
            if (style.arrowAtSource()) {
                svg.append(" marker-start=\"url(#start-").append(kind.cliName()).append(")\"");
            }
            svg.append("/></g>\n");
        }
        svg.append("</g>\n");
    }

    private static void dash(StringBuilder svg, EdgeStyle style) {
        if (style.isSolid()) {
            return;
        }
        svg.append(" stroke-dasharray=\"");
        double[] dash = style.dash();
        for (int i = 0; i < dash.length; i++) {
            if (i > 0) {
                svg.append(',');
            }
            num(svg, dash[i]);
        }
        svg.append('"');
    }

    private static void nodes(StringBuilder svg, List<PlacedNode> nodes, DiagramStyle style) {
        svg.append("<g class=\"nodes\" text-anchor=\"middle\" fill=\"").append(hex(Palette.TEXT)).append("\">\n");
        for (PlacedNode node : nodes) {
            Box b = node.bounds();
            boolean outside = node.node().outside();
            svg.append("<g class=\"node ").append(node.node().type().name().toLowerCase()).append(outside ? " outside" : "")
                    .append("\" data-id=\"");
            text(svg, node.node().id()).append("\"><rect x=\"");
            num(svg, b.x()).append("\" y=\"");
            num(svg, b.y()).append("\" width=\"");
            num(svg, b.width()).append("\" height=\"");
            num(svg, b.height()).append("\" rx=\"3\" fill=\"").append(hex(Palette.nodeFill(node))).append("\" stroke=\"")
                    .append(hex(outside ? Palette.OUTSIDE_BORDER : Palette.NODE_BORDER)).append('"')
                    .append(outside ? " stroke-dasharray=\"3,2\"" : "").append("/>");
            List<String> lines = node.node().lines();
            for (int i = 0; i < lines.size(); i++) {
                svg.append("<text x=\"");
                num(svg, b.centerX()).append("\" y=\"");
                num(svg, Palette.baseline(style, b.y(), i)).append('"');
                if (node.node().isHeading(i)) {
                    svg.append(" font-weight=\"bold\"");
                }
                svg.append('>');
                text(svg, lines.get(i)).append("</text>");
            }
            badges(svg, node);
            svg.append("</g>\n");
        }
        svg.append("</g>\n");
    }

    /** The decorators' badges of a node: a coloured rectangle with white text, and the tooltip as title. */
    private static void badges(StringBuilder svg, PlacedNode node) {
        List<Box> boxes = BadgeBoxes.of(node.bounds(), node.node().badges());
        for (int i = 0; i < boxes.size(); i++) {
            Badge badge = node.node().badges().get(i);
            Box box = boxes.get(i);
            svg.append("<g class=\"badge\">");
            if (!badge.tooltip().isEmpty()) {
                svg.append("<title>");
                text(svg, badge.tooltip()).append("</title>");
            }
            svg.append("<rect x=\"");
            num(svg, box.x()).append("\" y=\"");
            num(svg, box.y()).append("\" width=\"");
            num(svg, box.width()).append("\" height=\"");
            num(svg, box.height()).append("\" rx=\"6\" fill=\"").append(hex(badge.rgb())).append("\"/><text x=\"");
            num(svg, box.centerX()).append("\" y=\"");
            num(svg, BadgeBoxes.baseline(box)).append("\" font-size=\"").append((int) BadgeBoxes.FONT_SIZE)
                    .append("\" fill=\"#ffffff\">");
            text(svg, badge.text()).append("</text></g>");
        }
    }

    private static void legend(StringBuilder svg, Legend legend) {
        if (legend == null) {
            return;
        }
        Box b = legend.bounds();
        svg.append("<g class=\"legend\"><rect x=\"");
        num(svg, b.x()).append("\" y=\"");
        num(svg, b.y()).append("\" width=\"");
        num(svg, b.width()).append("\" height=\"");
        num(svg, b.height()).append("\" fill=\"#ffffff\" stroke=\"").append(hex(Palette.LEGEND_BORDER)).append("\"/>");
        svg.append("<text x=\"");
        num(svg, legend.titleAt().x()).append("\" y=\"");
        num(svg, legend.titleAt().y()).append("\" font-weight=\"bold\" fill=\"").append(hex(Palette.TEXT)).append("\">");
        text(svg, legend.title()).append("</text>\n");
        for (LegendEntry entry : legend.entries()) {
            EdgeStyle style = EdgeStyle.of(entry.kind());
            Box s = entry.sample();
            svg.append("<g class=\"legend-entry kind-").append(entry.kind().cliName()).append("\"><path d=\"M");
            num(svg, s.x()).append(' ');
            num(svg, s.centerY()).append('L');
            num(svg, s.right()).append(' ');
            num(svg, s.centerY()).append("\" fill=\"none\" stroke=\"").append(hex(style.rgb())).append("\" stroke-width=\"");
            num(svg, style.width()).append('"');
            dash(svg, style);
            svg.append(" marker-end=\"url(#end-").append(entry.kind().cliName()).append(")\"");
            if (style.arrowAtSource()) {
                svg.append(" marker-start=\"url(#start-").append(entry.kind().cliName()).append(")\"");
            }
            svg.append("/><text x=\"");
            num(svg, entry.labelAt().x()).append("\" y=\"");
            num(svg, entry.labelAt().y()).append("\" fill=\"").append(hex(Palette.TEXT)).append("\">");
            text(svg, entry.label()).append("</text></g>\n");
        }
        svg.append("</g>\n");
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static String hex(int rgb) {
        char[] chars = new char[7];
        chars[0] = '#';
        for (int i = 6; i >= 1; i--) {
            chars[i] = HEX[rgb & 0xF];
            rgb >>>= 4;
        }
        return new String(chars);
    }

    /** Appends {@code value} with at most one decimal. */
    static StringBuilder num(StringBuilder svg, double value) {
        long tenths = Math.round(value * 10);
        if (tenths < 0) {
            svg.append('-');
            tenths = -tenths;
        }
        svg.append(tenths / 10);
        if (tenths % 10 != 0) {
            svg.append('.').append(tenths % 10);
        }
        return svg;
    }

    /** Appends {@code value} escaped for XML text and attributes; drops characters XML cannot hold. */
    static StringBuilder text(StringBuilder svg, String value) {
        if (value == null) {
            return svg;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> svg.append("&lt;");
                case '>' -> svg.append("&gt;");
                case '&' -> svg.append("&amp;");
                case '"' -> svg.append("&quot;");
                case '\'' -> svg.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            svg.append(c);
                        }
                    }
                }
            }
        }
        return svg;
    }
}
