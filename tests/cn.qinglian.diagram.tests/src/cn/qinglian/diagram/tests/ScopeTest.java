package cn.qinglian.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.diagram.DiagramEdge;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.DiagramNode;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.NodeType;
import cn.qinglian.diagram.scope.AllScope;
import cn.qinglian.diagram.scope.ChainScope;
import cn.qinglian.diagram.scope.DiagramGraphs;
import cn.qinglian.diagram.scope.DiagramScope;
import cn.qinglian.diagram.scope.LeaderScope;
import cn.qinglian.diagram.scope.ScopeException;
import cn.qinglian.diagram.scope.UnitScope;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Unit;

class ScopeTest {

    private static Organisation organisation;
    private static DiagramGraphs graphs;

    @BeforeAll
    static void load() throws Exception {
        organisation = Sample.organisation();
        graphs = new DiagramGraphs(organisation, Sample.AS_OF, Sample.chinese());
    }

    @Test
    void scopesAreReadFromTheirTextForms() throws ScopeException {
        assertEquals(new UnitScope("L区/区委"), DiagramScope.parse("unit:L区/区委"));
        assertEquals(new ChainScope("L-00101"), DiagramScope.parse(" chain:L-00101 "));
        assertTrue(((ChainScope) DiagramScope.parse("chain:L区/区委#区委书记")).isPostPath());
        assertEquals(new LeaderScope("L-00002"), DiagramScope.parse("leader:L-00002"));
        assertInstanceOf(AllScope.class, DiagramScope.parse("all"));
        for (String bad : List.of("", "units:x", "unit:", "everything", "chain")) {
            ScopeException e = assertThrows(ScopeException.class, () -> DiagramScope.parse(bad));
            assertTrue(e.getMessage().contains("unit:"), e.getMessage());
        }
    }

    @Test
    void aUnitShowsItsPostsTheirLinesAndWhereTheyLeadOutside() throws ScopeException {
        Unit station = graphs.unitAt(Sample.STATION);
        DiagramGraph graph = graphs.graph(new UnitScope(Sample.STATION), EdgeKind.selectable(), true);
        Set<String> ids = graph.nodesById().keySet();
        station.getPosts().forEach(post -> assertTrue(ids.contains(post.getId()), post.getName()));
        for (DiagramEdge edge : graph.edges()) {
            assertTrue(ids.contains(edge.sourceId()) && ids.contains(edge.targetId()), edge.toString());
        }
        List<DiagramNode> outside = graph.nodes().stream().filter(DiagramNode::outside).toList();
        assertFalse(outside.isEmpty(), "the station head's line to a district leader leads outside");
        assertTrue(graph.edges().stream().anyMatch(e -> e.kind() == EdgeKind.LINE));
        assertTrue(graph.clusters().stream().anyMatch(c -> c.id().equals(station.getId())));
        assertTrue(graph.title().contains("和埠派出所"), graph.title());
    }

    @Test
    void onlyTheChosenKindsAreDrawn() throws ScopeException {
        DiagramGraph graph = graphs.graph(new AllScope(), EnumSet.of(EdgeKind.MUTUAL, EdgeKind.CC), false);
        Map<EdgeKind, Long> kinds = graph.edges().stream()
                .collect(Collectors.groupingBy(DiagramEdge::kind, Collectors.counting()));
        assertEquals(Set.of(EdgeKind.MUTUAL, EdgeKind.CC), kinds.keySet());
        long mutual = organisation.getReportingLines().stream()
                .filter(line -> line.getKind() == cn.qinglian.model.ReportingKind.MUTUAL).count();
        assertEquals(mutual, kinds.get(EdgeKind.MUTUAL));
        assertTrue(graph.clusters().isEmpty());
    }

    @Test
    void aPersonsChainLeadsUpToTheDistrict() throws ScopeException {
        DiagramGraph graph = graphs.graph(new ChainScope(Sample.CLERK_ID), EdgeKind.selectable(), false);
        List<String> firstLines = graph.nodes().stream().map(n -> n.lines().get(0)).toList();
        assertTrue(firstLines.get(0).contains("张春"), firstLines.toString());
        assertEquals("程晶云", firstLines.get(firstLines.size() - 1));
        assertEquals(graph.nodes().size() - 1, graph.edges().size());
        assertEquals(List.of(EdgeKind.INTERNAL, EdgeKind.INTERNAL, EdgeKind.LINE, EdgeKind.HEAD_OF_UNIT),
                graph.edges().stream().map(DiagramEdge::kind).toList());
    }

    @Test
    void aPostsChainByItsPath() throws ScopeException {
        DiagramGraph graph = graphs.graph(DiagramScope.parse("chain:L区/区委#区委副书记"), EdgeKind.selectable(), false);
        assertEquals(2, graph.nodes().size(), graph.nodes().toString());
    }

    @Test
    void aLeadersLineHasTheUnitsInChargeAndTheirLines() throws ScopeException {
        DiagramGraph graph = graphs.graph(new LeaderScope(Sample.LEADER_ID), EdgeKind.selectable(), true);
        List<DiagramEdge> charges = graph.edges().stream().filter(e -> e.kind() == EdgeKind.CHARGE).toList();
        assertFalse(charges.isEmpty());
        Map<String, DiagramNode> nodes = graph.nodesById();
        for (DiagramEdge charge : charges) {
            assertEquals(NodeType.UNIT, nodes.get(charge.sourceId()).type());
            assertEquals(List.of("张杰永", "区委 区委副书记"), nodes.get(charge.targetId()).lines());
        }
        assertTrue(graph.edges().size() > charges.size(), "lines inside the units in charge are drawn too");
    }

    @Test
    void unknownObjectsAreNamedInTheMessage() {
        ScopeException unit = assertThrows(ScopeException.class,
                () -> graphs.graph(new UnitScope("L区/没有这个单位"), EdgeKind.selectable(), true));
        assertTrue(unit.getMessage().contains("L区/没有这个单位"), unit.getMessage());
        ScopeException person = assertThrows(ScopeException.class,
                () -> graphs.graph(new ChainScope("X-404"), EdgeKind.selectable(), true));
        assertTrue(person.getMessage().contains("X-404"), person.getMessage());
        ScopeException post = assertThrows(ScopeException.class,
                () -> graphs.graph(new ChainScope("L区/区委#不存在"), EdgeKind.selectable(), true));
        assertTrue(post.getMessage().contains("L区/区委#不存在"), post.getMessage());
        ScopeException leader = assertThrows(ScopeException.class,
                () -> graphs.graph(new LeaderScope(Sample.CLERK_ID), EdgeKind.selectable(), true));
        assertTrue(leader.getMessage().contains(Sample.CLERK_ID), leader.getMessage());
    }

    @Test
    void everyStationIsListedForEachUnitExport() {
        List<Unit> stations = graphs.stations();
        assertEquals(31, stations.size());
        assertEquals(Sample.STATION, ObjectPaths.unitPath(stations.get(0)));
    }
}
