package cn.qinglian.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.qinglian.diagram.Box;
import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramEdge;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.Diagrams;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.EstimatedTextMeasure;
import cn.qinglian.diagram.LayoutOptions;
import cn.qinglian.diagram.PlacedCluster;
import cn.qinglian.diagram.PlacedNode;
import cn.qinglian.diagram.Point;
import cn.qinglian.diagram.RoutedEdge;
import cn.qinglian.diagram.layout.CrossingCounter;
import cn.qinglian.diagram.scope.DiagramGraphs;
import cn.qinglian.diagram.scope.UnitScope;

class LayoutTest {

    @Test
    void boxesFitTheirLabelsAndNeverOverlap() {
        for (LayoutOptions.Engine engine : LayoutOptions.Engine.values()) {
            DiagramGraph graph = Sample.graph(40);
            Diagram diagram = Diagrams.layout(graph, LayoutOptions.standard().withEngine(engine));
            assertEquals(graph.nodes().size(), diagram.nodes().size());
            EstimatedTextMeasure measure = new EstimatedTextMeasure();
            for (PlacedNode node : diagram.nodes()) {
                for (String line : node.node().lines()) {
                    assertTrue(measure.width(line, 10) < node.bounds().width(), engine + " " + line);
                }
                assertTrue(node.bounds().x() >= 0 && node.bounds().right() <= diagram.width());
                assertTrue(node.bounds().y() >= 0 && node.bounds().bottom() <= diagram.height());
            }
            assertNoOverlap(diagram.nodes(), engine);
        }
    }

    @Test
    void hearingPartiesStandAboveReportingOnesAndRoutesJoinTheirBoxes() {
        Diagram diagram = Diagrams.layout(Sample.graph(40), LayoutOptions.standard());
        Map<String, Box> boxes = new HashMap<>();
        diagram.nodes().forEach(node -> boxes.put(node.node().id(), node.bounds()));
        for (RoutedEdge edge : diagram.edges()) {
            Box source = boxes.get(edge.edge().sourceId());
            Box target = boxes.get(edge.edge().targetId());
            if (edge.edge().kind() == EdgeKind.LEVEL) {
                assertTrue(target.bottom() < source.y(), "the head above: " + edge.edge());
            }
            assertOnBorder(edge.start(), source, edge);
            assertOnBorder(edge.end(), target, edge);
        }
    }

    @Test
    void leavesOfOneHeadHangInAStackBelowIt() {
        Diagram diagram = Diagrams.layout(Sample.graph(40), LayoutOptions.standard());
        Map<String, Box> boxes = new HashMap<>();
        diagram.nodes().forEach(node -> boxes.put(node.node().id(), node.bounds()));
        // n13, n14, n15 report to n4 and have no subordinates: one below the other, left-aligned
        Box first = boxes.get("n13");
        Box second = boxes.get("n14");
        Box third = boxes.get("n15");
        assertEquals(first.x(), second.x(), 0.01);
        assertEquals(second.x(), third.x(), 0.01);
        assertTrue(first.bottom() < second.y() && second.bottom() < third.y());
        assertTrue(boxes.get("n4").bottom() < first.y());
    }

    @Test
    void aTreeIsDrawnWithoutCrossings() {
        DiagramGraph full = Sample.graph(120);
        List<DiagramEdge> tree = full.edges().stream().filter(e -> e.kind() == EdgeKind.LEVEL).toList();
        DiagramGraph graph = new DiagramGraph("t", "d", full.nodes(), tree, List.of(), full.kinds());
        Diagram diagram = Diagrams.layout(graph, LayoutOptions.standard());
        assertEquals(0, Diagrams.crossings(diagram));
        assertEquals(119, diagram.edges().size());
    }

    @Test
    void crossingsAreProperCrossingsOfDifferentEdges() {
        assertEquals(1, count(route(0, 0, 10, 10), route(0, 10, 10, 0)));
        assertEquals(0, count(route(0, 0, 10, 0), route(5, 0, 5, 10)), "a T-junction touches only");
        assertEquals(0, count(route(0, 0, 10, 10), route(10, 10, 20, 0)), "a shared end");
        assertEquals(0, count(route(0, 0, 10, 0), route(5, 0, 15, 0)), "overlapping runs");
        assertEquals(0, count(route(0, 0, 10, 10, 0, 10, 10, 0)), "an edge never crosses itself");
        assertEquals(2, count(route(0, 5, 20, 5), route(5, 0, 5, 10), route(15, 0, 15, 10)));
        assertEquals(3, count(route(0, 0, 10, 10), route(0, 10, 10, 0), route(0, 3, 10, 3), route(20, 0, 30, 0)));
    }

    @Test
    void unitClustersHoldTheirNodesAndSubClusters() throws Exception {
        DiagramGraphs graphs = new DiagramGraphs(Sample.organisation(), Sample.AS_OF, Sample.chinese());
        DiagramGraph graph = graphs.graph(new UnitScope("L区/和埠街道"), EdgeKind.selectable(), true);
        Diagram diagram = Diagrams.layout(graph, LayoutOptions.standard());
        Map<String, Box> clusters = new HashMap<>();
        for (PlacedCluster cluster : diagram.clusters()) {
            clusters.put(cluster.cluster().id(), cluster.bounds());
        }
        assertFalse(clusters.isEmpty());
        for (PlacedNode node : diagram.nodes()) {
            if (node.node().clusterId() != null) {
                assertInside(node.bounds(), clusters.get(node.node().clusterId()), node.node().text());
            }
        }
        for (PlacedCluster cluster : diagram.clusters()) {
            if (cluster.cluster().parentId() != null) {
                assertInside(cluster.bounds(), clusters.get(cluster.cluster().parentId()), cluster.cluster().label());
            }
        }
        List<PlacedCluster> siblings = new ArrayList<>(diagram.clusters());
        for (PlacedCluster a : siblings) {
            for (PlacedCluster b : siblings) {
                if (a != b && java.util.Objects.equals(a.cluster().parentId(), b.cluster().parentId())) {
                    assertFalse(intersect(a.bounds(), b.bounds()), a.cluster().label() + " / " + b.cluster().label());
                }
            }
        }
        assertNoOverlap(diagram.nodes(), LayoutOptions.Engine.LAYERED);
    }

    @Test
    void theLegendListsTheChosenKinds() {
        Diagram diagram = Diagrams.layout(Sample.graph(12), LayoutOptions.standard());
        assertEquals(List.of(EdgeKind.LEVEL, EdgeKind.LINE, EdgeKind.INTERNAL, EdgeKind.MUTUAL, EdgeKind.CC),
                diagram.legend().entries().stream().map(e -> e.kind()).toList());
        for (PlacedNode node : diagram.nodes()) {
            assertFalse(intersect(node.bounds(), diagram.legend().bounds()), "legend over " + node.node().text());
        }
        assertEquals(null, Diagrams.layout(Sample.graph(12), LayoutOptions.standard().withLegend(false)).legend());
    }

    private static void assertNoOverlap(List<PlacedNode> nodes, Object what) {
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(intersect(nodes.get(i).bounds(), nodes.get(j).bounds()),
                        what + ": " + nodes.get(i).node().text() + " / " + nodes.get(j).node().text());
            }
        }
    }

    private static boolean intersect(Box a, Box b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }

    private static void assertInside(Box inner, Box outer, String what) {
        assertTrue(inner.x() >= outer.x() && inner.right() <= outer.right() && inner.y() >= outer.y()
                && inner.bottom() <= outer.bottom(), what + " " + inner + " not in " + outer);
    }

    private static void assertOnBorder(Point p, Box box, RoutedEdge edge) {
        boolean withinX = p.x() >= box.x() - 0.01 && p.x() <= box.right() + 0.01;
        boolean withinY = p.y() >= box.y() - 0.01 && p.y() <= box.bottom() + 0.01;
        boolean onTopOrBottom = Math.abs(p.y() - box.y()) < 0.01 || Math.abs(p.y() - box.bottom()) < 0.01;
        boolean onLeftOrRight = Math.abs(p.x() - box.x()) < 0.01 || Math.abs(p.x() - box.right()) < 0.01;
        assertTrue(withinX && withinY && (onTopOrBottom || onLeftOrRight), edge.edge() + " ends at " + p + ", not on " + box);
    }

    private static RoutedEdge route(double... xy) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            points.add(new Point(xy[i], xy[i + 1]));
        }
        return new RoutedEdge(new DiagramEdge("e", "a", "b", EdgeKind.LEVEL), points);
    }

    private static long count(RoutedEdge... edges) {
        return CrossingCounter.count(List.of(edges));
    }
}
