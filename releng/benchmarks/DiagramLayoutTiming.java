import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.Diagrams;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.LayoutOptions;
import cn.qinglian.diagram.scope.DiagramGraphs;

/**
 * Layout time of one workspace's whole graph (scope all) inside one JVM: 5 warm-up layouts, then 10
 * measured, median and min; as the workbench lays out a diagram it already holds. Single-file source:
 * java -cp <cn.qinglian.diagram, core, model, emf (and elk) jars> DiagramLayoutTiming.java WORKSPACE [LAYERED|ELK]
 */
public class DiagramLayoutTiming {

    public static void main(String[] args) throws Exception {
        var organisation = new XmiWorkspaceStore().load(Path.of(args[0])).organisation();
        DiagramGraph graph = new DiagramGraphs(organisation, LocalDate.now(), Locale.SIMPLIFIED_CHINESE)
                .all(EdgeKind.selectable(), false);
        LayoutOptions options = LayoutOptions.standard()
                .withEngine(args.length > 1 ? LayoutOptions.Engine.valueOf(args[1]) : LayoutOptions.Engine.LAYERED);
        Diagram diagram = null;
        long crossings = 0;
        for (int i = 0; i < 5; i++) {
            diagram = Diagrams.layout(graph, options);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            diagram = Diagrams.layout(graph, options);
            crossings = Diagrams.crossings(diagram);
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        System.out.printf(Locale.ROOT, options.engine() + " layout of %d boxes and %d lines (crossings counted too): median %.0f ms, min %.0f ms; drawing %.0f x %.0f pt, %d crossings%n",
                diagram.nodes().size(), diagram.edges().size(), (times.get(4) + times.get(5)) / 2, times.get(0),
                diagram.width(), diagram.height(), crossings);
    }
}
