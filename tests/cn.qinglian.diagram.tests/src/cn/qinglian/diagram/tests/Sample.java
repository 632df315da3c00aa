package cn.qinglian.diagram.tests;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.diagram.DiagramEdge;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.DiagramNode;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.NodeType;
import cn.qinglian.model.Organisation;

/** The shipped L-district sample and small hand-made graphs. */
final class Sample {

    static final String FOLDER = "features/cn.qinglian.workbench.feature/rootfiles/common/samples/l-district";
    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    static final String STATION = "L区/和埠街道/和埠派出所";
    /** 张春, 科员 of 平安建设办公室 (和埠街道): chain INTERNAL, INTERNAL, LINE, head of unit up to 区委书记. */
    static final String CLERK_ID = "L-00101";
    /** 张杰永, 区委副书记, leads charge assignments. */
    static final String LEADER_ID = "L-00002";

    private Sample() {
    }

    static Path folder() {
        Path root = Path.of(System.getProperty("qinglian.root", "../..")).toAbsolutePath().normalize();
        return root.resolve(FOLDER);
    }

    static Organisation organisation() throws Exception {
        return new XmiWorkspaceStore().load(folder()).organisation();
    }

    /**
     * A tree of {@code n} posts (each i > 0 reports to (i - 1) / 3) with every kind of extra line, labels
     * Chinese, one with XML's special characters.
     */
    static DiagramGraph graph(int n) {
        List<DiagramNode> nodes = new ArrayList<>();
        List<DiagramEdge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = i == 1 ? "李<四>&\"五\"" : "张" + (char) ('一' + i % 20) + i;
            nodes.add(new DiagramNode("n" + i, NodeType.POST, List.of(name, "城东市场监管所 岗位" + i), null, false));
            if (i > 0) {
                edges.add(new DiagramEdge("level" + i, "n" + i, "n" + ((i - 1) / 3), EdgeKind.LEVEL));
            }
        }
        EdgeKind[] extra = { EdgeKind.LINE, EdgeKind.INTERNAL, EdgeKind.MUTUAL, EdgeKind.CC };
        for (int k = 0; k < n / 4; k++) {
            int from = (k * 7 + 5) % n;
            int to = (k * 3 + 1) % n;
            if (from != to) {
                edges.add(new DiagramEdge("x" + k, "n" + from, "n" + to, extra[k % extra.length]));
            }
        }
        return new DiagramGraph("测试图", "说明", nodes, edges, List.of(), EdgeKind.selectable());
    }

    static Locale chinese() {
        return Locale.SIMPLIFIED_CHINESE;
    }
}
