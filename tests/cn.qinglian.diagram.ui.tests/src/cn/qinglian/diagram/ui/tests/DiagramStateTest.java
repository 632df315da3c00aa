package cn.qinglian.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.qinglian.diagram.Box;
import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramEdge;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.DiagramNode;
import cn.qinglian.diagram.DiagramStyle;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.NodeType;
import cn.qinglian.diagram.PlacedNode;
import cn.qinglian.diagram.Point;
import cn.qinglian.diagram.RoutedEdge;
import cn.qinglian.diagram.ui.internal.DiagramState;
import cn.qinglian.diagram.ui.internal.Highlight.Role;

/**
 * The viewer's state in plain Java: chain highlight up and down, layers, collapsed subtrees, and what
 * survives a new layout. The diagram: 科员 -内部-> 科长 -内部-> 所长 -逐级-> 局长; 副所长 相互 所长;
 * 执法员 -系统-> 局长.
 */
class DiagramStateTest {

    private static final List<String> NAMES = List.of("局长", "所长", "科长", "科员", "副所长", "执法员");

    @Test
    void highlightFollowsTheChainUpAndTheReportsDownButNotMutualLines() {
        DiagramState state = new DiagramState(diagram());
        state.highlight(node(state, "科长"));
        assertEquals(Role.FOCUS, role(state, "科长"));
        assertEquals(Role.UP, role(state, "所长"));
        assertEquals(Role.UP, role(state, "局长"));
        assertEquals(Role.DOWN, role(state, "科员"));
        assertEquals(Role.DIMMED, role(state, "副所长"), "a mutual line joins peers, not levels");
        assertEquals(Role.DIMMED, role(state, "执法员"));
        assertEquals(2, state.highlight().upCount());
        assertEquals(1, state.highlight().downCount());
        state.clearHighlight();
        assertEquals(Role.NORMAL, role(state, "科长"));
    }

    @Test
    void aHiddenLayerCutsTheChainAndHidesItsLines() {
        DiagramState state = new DiagramState(diagram());
        state.highlight(node(state, "科员"));
        state.setShown(EdgeKind.LEVEL, false);
        assertEquals(Role.UP, role(state, "所长"));
        assertEquals(Role.DIMMED, role(state, "局长"), "the chain stops where the hidden 逐级 line was");
        assertFalse(state.isVisible(state.edges().get(2)), "the 逐级 line is hidden");
        assertTrue(state.isVisible(state.edges().get(0)));
    }

    @Test
    void collapsingHidesEverythingReportingBelowAndSurvivesANewLayout() {
        DiagramState state = new DiagramState(diagram());
        state.setCollapsed(node(state, "所长"), true);
        assertEquals(2, state.hiddenCount(), "科长 and 科员");
        assertFalse(state.isVisible(state.nodes().get(node(state, "科员"))));
        assertTrue(state.isVisible(state.nodes().get(node(state, "副所长"))), "mutual peers stay");
        assertEquals(2, state.reportsBelow(node(state, "所长")));
        state.setShown(EdgeKind.MUTUAL, false);
        state.highlight(node(state, "执法员"));

        DiagramState next = new DiagramState(diagram());
        next.carryOver(state);
        assertEquals(2, next.hiddenCount());
        assertFalse(next.isShown(EdgeKind.MUTUAL));
        assertEquals(Role.FOCUS, role(next, "执法员"));
        next.expandAll();
        assertEquals(0, next.hiddenCount());
    }

    private static int node(DiagramState state, String name) {
        return state.index().node(name);
    }

    private static Role role(DiagramState state, String name) {
        return state.highlight().role(node(state, name));
    }

    /** Nodes have their names as ids. */
    private static Diagram diagram() {
        List<DiagramNode> nodes = new ArrayList<>();
        List<PlacedNode> placed = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            DiagramNode node = new DiagramNode(NAMES.get(i), NodeType.POST, List.of(NAMES.get(i)), null, false);
            nodes.add(node);
            placed.add(new PlacedNode(node, new Box(i * 80, 0, 70, 30), 0));
        }
        List<DiagramEdge> edges = List.of(edge("科员", "科长", EdgeKind.INTERNAL), edge("科长", "所长", EdgeKind.INTERNAL),
                edge("所长", "局长", EdgeKind.LEVEL), edge("副所长", "所长", EdgeKind.MUTUAL),
                edge("执法员", "局长", EdgeKind.LINE));
        List<RoutedEdge> routed = edges.stream()
                .map(edge -> new RoutedEdge(edge, List.of(new Point(0, 0), new Point(10, 10)))).toList();
        DiagramGraph graph = new DiagramGraph("t", "d", nodes, edges, List.of(), Set.of(EdgeKind.values()));
        return new Diagram(graph, 500, 100, placed, routed, List.of(), null, DiagramStyle.standard());
    }

    private static DiagramEdge edge(String from, String to, EdgeKind kind) {
        return new DiagramEdge(from + ">" + to, from, to, kind);
    }
}
