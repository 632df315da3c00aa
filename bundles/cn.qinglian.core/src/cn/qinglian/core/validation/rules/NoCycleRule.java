package cn.qinglian.core.validation.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.query.Units;
import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Party;
import cn.qinglian.model.ReportingKind;

/**
 * {@value #ID}: the reporting lines other than MUTUAL ones (which are pairs by nature) form no cycle.
 * Each group of parties joined by cycles (a strongly connected component) is reported once, with one
 * shortest cycle through its first party in document order ({@link Units#documentOrder()}), members in
 * the order the lines run, starting with that party. Groups are reported in document order too.
 */
public final class NoCycleRule extends BuiltInRule {

    public static final String ID = "line.no-cycle";

    /** Lines run in a cycle; data: the cycle's parties in order. */
    public static final int CYCLE = 1;

    public NoCycleRule() {
        super(ID, Diagnostic.ERROR);
    }

    @Override
    public void check(Organisation organisation, RuleContext context) {
        LineGraph graph = LineGraph.of(organisation.getReportingLines(),
                line -> line.getKind() != ReportingKind.MUTUAL);
        int[] component = graph.components();
        int[] size = new int[graph.size()];
        for (int node = 0; node < graph.size(); node++) {
            size[component[node]]++;
        }
        Map<Integer, List<Party>> cyclic = new HashMap<>();
        for (int node = 0; node < graph.size(); node++) {
            if (size[component[node]] > 1 || graph.hasEdge(node, node)) {
                cyclic.computeIfAbsent(component[node], c -> new ArrayList<>()).add(graph.party(node));
            }
        }
        Comparator<Party> documentOrder = Units.documentOrder();
        List<Party> starts = new ArrayList<>();
        for (List<Party> members : cyclic.values()) {
            starts.add(members.stream().min(documentOrder).orElseThrow());
        }
        starts.sort(documentOrder);
        for (Party start : starts) {
            List<Party> cycle = shortestCycle(graph, component, graph.node(start));
            context.report(CYCLE, message(context, "cycle", describe(cycle)), cycle.toArray());
        }
    }

    /** A shortest cycle through {@code start}, staying in its component, as the parties in order. */
    private static List<Party> shortestCycle(LineGraph graph, int[] component, int start) {
        Map<Integer, Integer> parent = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        parent.put(start, -1);
        int last = start;
        search: while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : graph.successors(v)) {
                if (w == start) {
                    last = v;
                    break search;
                }
                if (component[w] == component[start] && !parent.containsKey(w)) {
                    parent.put(w, v);
                    queue.add(w);
                }
            }
        }
        List<Party> cycle = new ArrayList<>();
        for (int v = last; v != -1; v = parent.get(v)) {
            cycle.add(0, graph.party(v));
        }
        return cycle;
    }

    private static String describe(List<Party> cycle) {
        StringJoiner joined = new StringJoiner(" -> ");
        cycle.forEach(party -> joined.add(ObjectPaths.partyPath(party)));
        joined.add(ObjectPaths.partyPath(cycle.get(0)));
        return joined.toString();
    }
}
