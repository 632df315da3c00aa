package cn.qinglian.diagram.scope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.qinglian.core.query.Posts;
import cn.qinglian.diagram.DiagramCluster;
import cn.qinglian.diagram.DiagramEdge;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.DiagramNode;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.NodeType;
import cn.qinglian.model.Party;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

/** Gathers the nodes and edges of one graph: each party once, edges deduplicated by (id, ends). */
final class GraphCollector {

    private final LocalDate asOf;
    private final Locale locale;
    private final Map<Party, Boolean> parties = new LinkedHashMap<>();
    private final Map<String, DiagramEdge> edges = new LinkedHashMap<>();

    GraphCollector(LocalDate asOf, Locale locale) {
        this.asOf = asOf;
        this.locale = locale;
    }

    /** Adds {@code party} (inside the scope, or {@code outside} it); a party once inside stays inside. */
    void party(Party party, boolean outside) {
        Boolean known = parties.get(party);
        if (known == null || (known && !outside)) {
            parties.put(party, outside);
        }
    }

    boolean has(Party party) {
        return parties.containsKey(party);
    }

    void edge(String id, Party from, Party to, EdgeKind kind) {
        if (from == null || to == null || from == to) {
            return;
        }
        String key = id + "|" + from.getId() + "|" + to.getId();
        edges.putIfAbsent(key, new DiagramEdge(id, from.getId(), to.getId(), kind));
    }

    DiagramGraph graph(String title, String scopeText, Set<EdgeKind> kinds, boolean hierarchy) {
        Map<Unit, String> clusterOf = new HashMap<>();
        List<DiagramCluster> clusters = hierarchy ? clusters(clusterOf) : List.of();
        List<DiagramNode> nodes = new ArrayList<>(parties.size());
        for (Map.Entry<Party, Boolean> entry : parties.entrySet()) {
            Party party = entry.getKey();
            Unit home = party instanceof Post post ? post.getUnit() : ((Unit) party).getParent();
            String clusterId = hierarchy && home != null ? clusterOf.get(home) : null;
            nodes.add(new DiagramNode(party.getId(), party instanceof Post ? NodeType.POST : NodeType.UNIT,
                    lines(party), clusterId, entry.getValue()));
        }
        List<String> kindNames = new ArrayList<>();
        for (EdgeKind kind : EdgeKind.values()) {
            if (kinds.contains(kind)) {
                kindNames.add(cn.qinglian.diagram.DiagramMessages.kindLabel(kind, locale));
            }
        }
        String description = ScopeMessages.format(locale, "description", scopeText, String.join(", ", kindNames),
                asOf.toString(), nodes.size(), edges.size());
        return new DiagramGraph(title, description, nodes, List.copyOf(edges.values()), clusters, kinds);
    }

    /** Clusters for the units holding nodes and their ancestors, parents first. */
    private List<DiagramCluster> clusters(Map<Unit, String> clusterOf) {
        Set<Unit> units = new LinkedHashSet<>();
        for (Party party : parties.keySet()) {
            Unit home = party instanceof Post post ? post.getUnit() : ((Unit) party).getParent();
            for (Unit u = home; u != null && units.add(u); u = u.getParent()) {
                // every ancestor once
            }
        }
        List<Unit> ordered = new ArrayList<>(units);
        ordered.sort((a, b) -> Integer.compare(depth(a), depth(b)));
        List<DiagramCluster> clusters = new ArrayList<>(ordered.size());
        for (Unit unit : ordered) {
            clusterOf.put(unit, unit.getId());
            String parentId = unit.getParent() == null ? null : unit.getParent().getId();
            clusters.add(new DiagramCluster(unit.getId(), name(unit.getName()), parentId));
        }
        return clusters;
    }

    private static int depth(Unit unit) {
        int depth = 0;
        for (Unit u = unit.getParent(); u != null; u = u.getParent()) {
            depth++;
        }
        return depth;
    }

    private List<String> lines(Party party) {
        if (party instanceof Post post) {
            List<String> names = new ArrayList<>();
            for (Person holder : Posts.holders(post, asOf)) {
                names.add(name(holder.getName()));
            }
            String holders = names.isEmpty() ? ScopeMessages.format(locale, "vacant") : String.join("、", names);
            String unit = post.getUnit() == null ? "" : name(post.getUnit().getName()) + " ";
            return List.of(holders, unit + name(post.getName()));
        }
        return List.of(name(party.getName()));
    }

    private static String name(String name) {
        return name == null ? "?" : name;
    }
}
