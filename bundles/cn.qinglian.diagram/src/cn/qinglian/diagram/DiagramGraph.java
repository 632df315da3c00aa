package cn.qinglian.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a diagram shows, before layout: the nodes, edges and (when the hierarchy is asked for) unit
 * clusters of one scope, with a title and a description for the exported file. Immutable.
 *
 * @param title e.g. "城东市场监管所 — 报告关系图"
 * @param description the scope and kinds in words, for SVG {@code <desc>} and PDF metadata
 * @param nodes every node once, in a stable order (document order of the model)
 * @param edges every edge; both ends are nodes of this graph
 * @param clusters unit clusters, parents before children; empty when the hierarchy is not shown
 * @param kinds the edge kinds the user chose (the legend lists these plus the structural kinds used)
 */
public record DiagramGraph(String title, String description, List<DiagramNode> nodes, List<DiagramEdge> edges,
        List<DiagramCluster> clusters, Set<EdgeKind> kinds) {

    public DiagramGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        clusters = List.copyOf(clusters);
        kinds = Set.copyOf(kinds);
    }

    /** The nodes by id. */
    public Map<String, DiagramNode> nodesById() {
        Map<String, DiagramNode> byId = new HashMap<>(nodes.size() * 2);
        for (DiagramNode node : nodes) {
            byId.put(node.id(), node);
        }
        return byId;
    }
}
