package cn.qinglian.core.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;

/**
 * The objects of an organisation by the keys a roster names them with: units and posts by path,
 * people by person id, tenures by person, post and start, internal reporting lines by their ends.
 * Where a workspace has two siblings of the same name the first one is matched.
 */
final class WorkspaceIndex {

    /** A person in a post: the tenures of one holding must not overlap. */
    record Holding(String personId, String postPath) {
    }

    /** A tenure as a roster names it. */
    record TenureKey(Holding holding, LocalDate start) {
    }

    final Map<String, Unit> units = new HashMap<>();
    final Map<String, Post> posts = new HashMap<>();
    final Map<String, Person> people = new HashMap<>();
    final Map<TenureKey, Tenure> tenures = new HashMap<>();
    final Map<Holding, List<Tenure>> holdings = new HashMap<>();
    final Set<List<String>> internalLines = new HashSet<>();

    static WorkspaceIndex of(Organisation organisation) {
        WorkspaceIndex index = new WorkspaceIndex();
        organisation.getUnits().forEach(unit -> index.addUnit(unit, unit.getName()));
        for (Person person : organisation.getPeople()) {
            if (person.getPersonId() != null) {
                index.people.putIfAbsent(person.getPersonId(), person);
            }
        }
        index.people.values().forEach(person -> person.getTenures().forEach(index::addTenure));
        for (ReportingLine line : organisation.getReportingLines()) {
            if (line.getKind() == ReportingKind.INTERNAL && line.getFrom() != null && line.getTo() != null) {
                index.internalLines.add(lineKey(line.getFrom().getId(), line.getTo().getId()));
            }
        }
        return index;
    }

    private void addUnit(Unit unit, String path) {
        if (units.putIfAbsent(path, unit) != null) {
            return;
        }
        for (Post post : unit.getPosts()) {
            posts.putIfAbsent(RosterPaths.postPath(path, post.getName()), post);
        }
        unit.getChildren().forEach(child -> addUnit(child, path + RosterPaths.UNIT_SEPARATOR + child.getName()));
    }

    void addTenure(Tenure tenure) {
        if (tenure.getPost() == null || tenure.getPost().getUnit() == null || tenure.getStart() == null) {
            return;
        }
        Holding holding = new Holding(tenure.getPerson().getPersonId(), RosterPaths.pathOf(tenure.getPost()));
        tenures.putIfAbsent(new TenureKey(holding, tenure.getStart()), tenure);
        holdings.computeIfAbsent(holding, h -> new ArrayList<>()).add(tenure);
    }

    static List<String> lineKey(String fromId, String toId) {
        return List.of(String.valueOf(fromId), String.valueOf(toId));
    }
}
