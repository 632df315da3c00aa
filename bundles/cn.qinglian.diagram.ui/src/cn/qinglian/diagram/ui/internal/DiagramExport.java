package cn.qinglian.diagram.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramEdge;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.DiagramNode;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.LayoutOptions;
import cn.qinglian.diagram.render.DiagramExporter;
import cn.qinglian.diagram.render.DiagramFormat;
import cn.qinglian.diagram.render.ExportOptions;
import cn.qinglian.diagram.render.FontNotFoundException;

/**
 * Export of what the viewer shows (the layers shown, collapsed subtrees left out) through the headless
 * writers, laid out as the command line lays out: the same SVG, PNG and PDF as {@code export-diagram}.
 */
public final class DiagramExport {

    private DiagramExport() {
    }

    /** The format of a file name's extension (svg, png, pdf), if any. */
    public static Optional<DiagramFormat> formatOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : DiagramFormat.byName(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The graph of the boxes and lines {@code state} shows. */
    public static DiagramGraph visibleGraph(DiagramState state) {
        DiagramGraph graph = state.diagram().graph();
        List<DiagramNode> nodes = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (NodeItem item : state.nodes()) {
            if (state.isVisible(item)) {
                nodes.add(item.placed().node());
                kept.add(item.id());
            }
        }
        List<DiagramEdge> edges = new ArrayList<>();
        for (EdgeItem item : state.edges()) {
            if (state.isVisible(item)) {
                edges.add(item.routed().edge());
            }
        }
        Set<EdgeKind> kinds = EnumSet.noneOf(EdgeKind.class);
        kinds.addAll(graph.kinds());
        kinds.retainAll(state.shownKinds());
        return new DiagramGraph(graph.title(), graph.description(), nodes, edges, graph.clusters(), kinds);
    }

    /** Lays out and writes what {@code state} shows to {@code file} in {@code format}. */
    public static void write(DiagramState state, DiagramFormat format, Path file)
            throws IOException, FontNotFoundException {
        DiagramExporter exporter = new DiagramExporter(format, ExportOptions.standard());
        Diagram diagram = exporter.layout(visibleGraph(state), LayoutOptions.standard());
        exporter.write(diagram, file);
    }
}
