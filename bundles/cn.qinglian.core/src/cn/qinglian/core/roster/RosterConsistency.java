package cn.qinglian.core.roster;

import static cn.qinglian.core.roster.RosterColumn.PERSON_NAME;
import static cn.qinglian.core.roster.RosterColumn.POST_ROLE;
import static cn.qinglian.core.roster.RosterColumn.REPORTS_TO;
import static cn.qinglian.core.roster.RosterColumn.START_DATE;
import static cn.qinglian.core.roster.RosterColumn.UNIT_KIND;
import static cn.qinglian.core.roster.RosterColumn.UNIT_PATH;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.qinglian.core.roster.WorkspaceIndex.Holding;
import cn.qinglian.core.roster.WorkspaceIndex.TenureKey;

/**
 * Checks the rows against each other and the workspace: one kind per unit, one role per post, one
 * name per person, every unit on a path known, reports_to pointing at a known post, no repeated
 * or overlapping tenures. A check uses a row only when the values it needs are valid.
 */
final class RosterConsistency {

    /** The first row that gave a value. */
    private record Given<T>(T value, int row) {
    }

    private final WorkspaceIndex workspace;
    private final List<RosterProblem> problems;
    private final Map<String, Given<Object>> unitKinds = new HashMap<>();
    private final Map<String, Given<Object>> postRoles = new HashMap<>();
    private final Map<String, Given<Object>> personNames = new HashMap<>();
    private final Map<TenureKey, RosterRow> tenures = new HashMap<>();
    private final Set<String> filePosts = new HashSet<>();
    private final Set<String> reportedUnits = new HashSet<>();

    RosterConsistency(WorkspaceIndex workspace, List<RosterProblem> problems) {
        this.workspace = workspace;
        this.problems = problems;
    }

    /** Checks {@code rows}, which are in file order. */
    void check(List<RosterRow> rows) {
        for (RosterRow row : rows) {
            if (row.unitNames() != null) {
                unitKinds.putIfAbsent(row.unitPath(), new Given<>(row.unitKind(), row.number()));
            }
            if (row.postPath() != null) {
                filePosts.add(row.postPath());
            }
        }
        for (RosterRow row : rows) {
            checkValue(row, row.unitPath(), row.unitKind(), unitKinds, UNIT_KIND, RosterProblemKind.UNIT_KIND_CONFLICT);
            checkValue(row, row.postPath(), row.postRole(), postRoles, POST_ROLE, RosterProblemKind.POST_ROLE_CONFLICT);
            checkValue(row, row.personId(), row.personName(), personNames, PERSON_NAME,
                    RosterProblemKind.PERSON_NAME_CONFLICT);
            checkUnitsKnown(row);
            checkReportsTo(row);
            checkRepeatedTenure(row);
        }
        new TenureOverlaps(workspace, problems).check(tenures.values());
    }

    private void checkValue(RosterRow row, String key, Object value, Map<String, Given<Object>> first,
            RosterColumn column, RosterProblemKind conflict) {
        if (key == null || value == null) {
            return;
        }
        Given<Object> given = first.get(key);
        if (given == null || given.value() == null) {
            first.put(key, new Given<>(value, row.number()));
        } else if (!given.value().equals(value)) {
            problems.add(new RosterProblem(row.number(), column, conflict, key, String.valueOf(given.value()),
                    given.row()));
        }
    }

    private void checkUnitsKnown(RosterRow row) {
        if (row.unitNames() == null) {
            return;
        }
        for (String unit : RosterPaths.prefixes(row.unitNames())) {
            if (!unitKinds.containsKey(unit) && !workspace.units.containsKey(unit) && reportedUnits.add(unit)) {
                problems.add(new RosterProblem(row.number(), UNIT_PATH, RosterProblemKind.UNDECLARED_UNIT, unit));
            }
        }
    }

    private void checkReportsTo(RosterRow row) {
        if (row.reportsTo() == null || row.postPath() == null) {
            return;
        }
        if (row.reportsTo().equals(row.postPath())) {
            problems.add(new RosterProblem(row.number(), REPORTS_TO, RosterProblemKind.REPORTS_TO_SELF));
        } else if (!filePosts.contains(row.reportsTo()) && !workspace.posts.containsKey(row.reportsTo())) {
            problems.add(new RosterProblem(row.number(), REPORTS_TO, RosterProblemKind.UNKNOWN_REPORTS_TO,
                    row.reportsTo()));
        }
    }

    private void checkRepeatedTenure(RosterRow row) {
        if (!row.tenureValid()) {
            return;
        }
        TenureKey key = new TenureKey(new Holding(row.personId(), row.postPath()), row.start());
        RosterRow first = tenures.putIfAbsent(key, row);
        if (first == null) {
            return;
        }
        if (Objects.equals(first.end(), row.end())) {
            problems.add(new RosterProblem(row.number(), START_DATE, RosterProblemKind.DUPLICATE_TENURE,
                    first.number()));
        } else {
            problems.add(new RosterProblem(row.number(), START_DATE, RosterProblemKind.OVERLAPPING_TENURE,
                    first.start().toString(), first.number()));
        }
    }
}
