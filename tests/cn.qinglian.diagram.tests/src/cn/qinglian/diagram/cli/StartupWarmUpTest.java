package cn.qinglian.diagram.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.Diagrams;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.LayoutOptions;
import cn.qinglian.diagram.RoutedEdge;
import cn.qinglian.diagram.render.SvgWriter;

/** The made-up chart a direct start draws while the metamodel is built goes through every drawing step. */
class StartupWarmUpTest {

    @Test
    void theMadeUpChartIsLaidOutWithEveryKindOfLineAndNestedUnits() throws Exception {
        DiagramGraph graph = StartupWarmUp.graph();
        Diagram diagram = Diagrams.layout(graph, LayoutOptions.standard());
        assertEquals(graph.nodes().size(), diagram.nodes().size());
        assertEquals(graph.edges().size(), diagram.edges().size(), "every line routed");
        Set<EdgeKind> kinds = EnumSet.noneOf(EdgeKind.class);
        for (RoutedEdge edge : diagram.edges()) {
            kinds.add(edge.edge().kind());
            assertTrue(edge.points().size() >= 2, edge.edge().id());
        }
        assertEquals(EnumSet.allOf(EdgeKind.class), kinds);
        assertEquals(7, diagram.clusters().size(), "district, two streets, four stations");

        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        new SvgWriter().write(diagram, svg);
        assertTrue(svg.toString(StandardCharsets.UTF_8).contains("站所 所长"));
    }
}
