package cn.qinglian.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import cn.qinglian.diagram.Box;
import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramEdge;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.DiagramNode;
import cn.qinglian.diagram.DiagramStyle;
import cn.qinglian.diagram.LayoutOptions;
import cn.qinglian.diagram.PlacedNode;
import cn.qinglian.diagram.Point;
import cn.qinglian.diagram.RoutedEdge;

/**
 * The Eclipse Layout Kernel's layered algorithm (direction up, orthogonal edges), flat: unit clusters
 * are not drawn. Fewer crossings than {@link LayeredLayout} on small dense graphs, but several times
 * slower (seconds at a few thousand nodes), so it is an option, not the default.
 */
public final class ElkLayout implements GraphLayout {

    private static final String LAYERED = "org.eclipse.elk.layered";

    @Override
    public Diagram layout(DiagramGraph graph, LayoutOptions options) {
        registerLayered();
        DiagramStyle style = options.style();
        NodeSizer sizer = new NodeSizer(options.measure(), style);
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LAYERED);
        root.setProperty(CoreOptions.DIRECTION, Direction.UP);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, style.nodeGap());
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, style.layerGap());
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(0));
        Map<String, ElkNode> elkNodes = new HashMap<>(graph.nodes().size() * 2);
        List<ElkNode> ordered = new ArrayList<>(graph.nodes().size());
        for (DiagramNode node : graph.nodes()) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setDimensions(sizer.width(node), sizer.height(node));
            elkNodes.put(node.id(), elk);
            ordered.add(elk);
        }
        List<ElkEdge> elkEdges = new ArrayList<>(graph.edges().size());
        List<DiagramEdge> drawn = new ArrayList<>(graph.edges().size());
        for (DiagramEdge edge : graph.edges()) {
            ElkNode source = elkNodes.get(edge.sourceId());
            ElkNode target = elkNodes.get(edge.targetId());
            if (source != null && target != null && source != target) {
                elkEdges.add(ElkGraphUtil.createSimpleEdge(source, target));
                drawn.add(edge);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        List<PlacedNode> nodes = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            ElkNode elk = ordered.get(i);
            nodes.add(new PlacedNode(graph.nodes().get(i), new Box(elk.getX(), elk.getY(), elk.getWidth(), elk.getHeight()), 0));
        }
        List<RoutedEdge> edges = new ArrayList<>(elkEdges.size());
        for (int i = 0; i < elkEdges.size(); i++) {
            List<Point> points = new ArrayList<>();
            for (ElkEdgeSection section : elkEdges.get(i).getSections()) {
                points.add(new Point(section.getStartX(), section.getStartY()));
                for (ElkBendPoint bend : section.getBendPoints()) {
                    points.add(new Point(bend.getX(), bend.getY()));
                }
                points.add(new Point(section.getEndX(), section.getEndY()));
            }
            if (points.size() >= 2) {
                edges.add(new RoutedEdge(drawn.get(i), points));
            }
        }
        return DiagramAssembler.assemble(graph, options, nodes, edges, List.of(), root.getWidth(), root.getHeight());
    }

    /** Inside OSGi ELK finds no algorithms by itself: register the layered one once. */
    private static synchronized void registerLayered() {
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service.getAlgorithmData(LAYERED) == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
    }
}
