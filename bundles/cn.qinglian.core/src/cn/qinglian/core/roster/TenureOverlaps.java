package cn.qinglian.core.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.qinglian.core.roster.WorkspaceIndex.Holding;
import cn.qinglian.model.Tenure;

/**
 * Finds tenures of one person in one post that overlap, among the file's tenures and the
 * workspace's (a workspace tenure with the same start as a file row is that row's tenure, updated).
 * Two periods overlap when one starts before the other ends; a period may start on the day the
 * previous one ended.
 */
final class TenureOverlaps {

    /** A period of a holding: from a row of the file (row > 0) or from the workspace (row 0). */
    private record Period(LocalDate start, LocalDate end, int row) {

        boolean endsAfter(LocalDate day) {
            return end == null || end.isAfter(day);
        }

        boolean endsLaterThan(Period other) {
            return other.end != null && (end == null || end.isAfter(other.end));
        }
    }

    private final WorkspaceIndex workspace;
    private final List<RosterProblem> problems;

    TenureOverlaps(WorkspaceIndex workspace, List<RosterProblem> problems) {
        this.workspace = workspace;
        this.problems = problems;
    }

    /** Checks the file's tenures, one row per tenure key. */
    void check(Collection<RosterRow> rows) {
        Map<Holding, List<Period>> periods = new HashMap<>();
        for (RosterRow row : rows) {
            periods.computeIfAbsent(new Holding(row.personId(), row.postPath()), h -> new ArrayList<>())
                    .add(new Period(row.start(), row.end(), row.number()));
        }
        periods.forEach((holding, fromFile) -> check(withWorkspace(holding, fromFile)));
    }

    private List<Period> withWorkspace(Holding holding, List<Period> fromFile) {
        Set<LocalDate> starts = new HashSet<>();
        fromFile.forEach(period -> starts.add(period.start()));
        List<Period> all = new ArrayList<>(fromFile);
        for (Tenure tenure : workspace.holdings.getOrDefault(holding, List.of())) {
            if (!starts.contains(tenure.getStart())) {
                all.add(new Period(tenure.getStart(), tenure.getEnd(), 0));
            }
        }
        all.sort(Comparator.comparing(Period::start).thenComparing(Period::row));
        return all;
    }

    private void check(List<Period> sorted) {
        Period widest = null;
        for (Period period : sorted) {
            if (widest != null && widest.endsAfter(period.start())) {
                report(period, widest);
            }
            if (widest == null || period.endsLaterThan(widest)) {
                widest = period;
            }
        }
    }

    private void report(Period later, Period earlier) {
        if (later.row() > 0) {
            problems.add(earlier.row() > 0
                    ? new RosterProblem(later.row(), RosterColumn.START_DATE, RosterProblemKind.OVERLAPPING_TENURE,
                            earlier.start().toString(), earlier.row())
                    : new RosterProblem(later.row(), RosterColumn.START_DATE,
                            RosterProblemKind.OVERLAPPING_WORKSPACE_TENURE, earlier.start().toString()));
        } else if (earlier.row() > 0) {
            problems.add(new RosterProblem(earlier.row(), RosterColumn.END_DATE,
                    RosterProblemKind.OVERLAPPING_WORKSPACE_TENURE, later.start().toString()));
        }
    }
}
