package cn.qinglian.diagram.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramCluster;
import cn.qinglian.diagram.DiagramEdge;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.DiagramNode;
import cn.qinglian.diagram.Diagrams;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.LayoutOptions;
import cn.qinglian.diagram.NodeType;
import cn.qinglian.diagram.render.SvgWriter;

/**
 * Draws a small made-up chart once, into nothing, while EMF builds its metamodel on the other thread
 * of a direct start: the first use of the layout, the SVG writer and the diagram messages (class
 * initialisation, call-site linking, message bundles) then no longer lies on the way to the real
 * chart. About a tenth of a short export's time on two cores (docs/benchmarks.md).
 */
final class StartupWarmUp {

    private StartupWarmUp() {
    }

    /** Lays out and writes the made-up chart; never fails. */
    static void run() {
        try {
            Diagram diagram = Diagrams.layout(graph(), LayoutOptions.standard());
            Diagrams.crossings(diagram);
            new SvgWriter().write(diagram, OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // only a warm-up: the export reports its own problems
        }
    }

    /** A head, four stations in two streets with a head and staff each, and a line of every kind (never shown). */
    static DiagramGraph graph() {
        List<DiagramNode> nodes = new ArrayList<>();
        List<DiagramEdge> edges = new ArrayList<>();
        List<DiagramCluster> clusters = new ArrayList<>();
        clusters.add(new DiagramCluster("district", "区", null));
        nodes.add(new DiagramNode("head", NodeType.POST, List.of("甲", "区 书记"), "district", false));
        for (int street = 0; street < 2; street++) {
            String streetId = "street" + street;
            clusters.add(new DiagramCluster(streetId, "街道" + street, "district"));
            for (int station = 0; station < 2; station++) {
                String stationId = streetId + "-station" + station;
                clusters.add(new DiagramCluster(stationId, "站所" + station, streetId));
                nodes.add(new DiagramNode(stationId + "-head", NodeType.POST, List.of("乙", "站所 所长"), stationId, false));
                edges.add(new DiagramEdge(stationId + "-level", stationId + "-head", "head", EdgeKind.LEVEL));
                for (int staff = 0; staff < 3; staff++) {
                    String id = stationId + "-staff" + staff;
                    nodes.add(new DiagramNode(id, NodeType.POST, List.of("丙", "站所 科员"), stationId, false));
                    edges.add(new DiagramEdge(id + "-level", id, stationId + "-head", EdgeKind.LEVEL));
                }
            }
        }
        nodes.add(new DiagramNode("office", NodeType.UNIT, List.of("区纪委"), null, true));
        EdgeKind[] kinds = EdgeKind.values();
        for (int k = 0; k < kinds.length; k++) {
            String from = "street" + (k % 2) + "-station" + (k / 2 % 2) + "-staff" + (k % 3);
            String to = kinds[k] == EdgeKind.LEVEL ? "head" : k % 2 == 0 ? "office" : "street1-station1-head";
            edges.add(new DiagramEdge("extra" + k, from, to, kinds[k]));
        }
        return new DiagramGraph("图", "说明", nodes, edges, clusters, EdgeKind.selectable());
    }
}
