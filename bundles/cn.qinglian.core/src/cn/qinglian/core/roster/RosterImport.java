package cn.qinglian.core.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.qinglian.model.Organisation;
import cn.qinglian.model.UnitKind;

/**
 * A roster file checked against an organisation, ready to apply when it has no problems. Checking
 * changes nothing; {@link #apply(Organisation)} makes all the changes or, for a file with problems,
 * none. The workbench runs {@code apply} inside an EMF command; the command line applies it to
 * the loaded workspace and saves.
 *
 * <pre>
 * RosterSheet sheet = new RosterReader().read(file);
 * RosterImport roster = RosterImport.check(sheet, organisation);
 * if (roster.isValid()) {
 *     ImportSummary summary = roster.apply(organisation);
 * }
 * </pre>
 */
public final class RosterImport {

    private static final int PROGRESS_STEP = 2_000;

    private final List<RosterRow> rows;
    private final List<RosterProblem> problems;

    private RosterImport(List<RosterRow> rows, List<RosterProblem> problems) {
        this.rows = List.copyOf(rows);
        this.problems = List.copyOf(problems);
    }

    public static RosterImport check(RosterSheet sheet, Organisation organisation) {
        return check(sheet, organisation, RosterProgress.NONE);
    }

    /** Checks every row of {@code sheet}; the organisation is only read. */
    public static RosterImport check(RosterSheet sheet, Organisation organisation, RosterProgress progress) {
        List<RosterProblem> problems = new ArrayList<>();
        if (sheet.rows().isEmpty()) {
            problems.add(new RosterProblem(1, "", RosterProblemKind.EMPTY_FILE, List.of(RosterColumn.allHeaders())));
            return new RosterImport(List.of(), problems);
        }
        SheetRow headerRow = sheet.rows().get(0);
        Optional<RosterHeader> header = RosterHeader.read(headerRow, problems);
        RosterHeader names = header.orElse(null);
        for (RosterSheet.SheetProblem problem : sheet.problems()) {
            String column = names == null ? RosterHeader.columnLetter(problem.cell())
                    : names.columnName(problem.cell());
            problems.add(new RosterProblem(problem.row(), column, problem.kind(), List.of()));
        }
        if (header.isEmpty()) {
            return new RosterImport(List.of(), sorted(problems));
        }
        List<RosterRow> rows = parseRows(sheet.rows(), header.get(), problems, progress);
        new RosterConsistency(WorkspaceIndex.of(organisation), problems).check(rows);
        progress.worked(RosterProgress.Phase.CHECK, rows.size(), rows.size());
        return new RosterImport(rows, sorted(problems));
    }

    private static List<RosterRow> parseRows(List<SheetRow> sheetRows, RosterHeader header,
            List<RosterProblem> problems, RosterProgress progress) {
        RosterRowParser parser = new RosterRowParser(header, problems);
        List<SheetRow> data = sheetRows.subList(1, sheetRows.size());
        List<RosterRow> rows = new ArrayList<>(data.size());
        for (SheetRow row : data) {
            rows.add(parser.parse(row));
            if (rows.size() % PROGRESS_STEP == 0) {
                progress.worked(RosterProgress.Phase.CHECK, rows.size(), data.size());
            }
        }
        return rows;
    }

    /** The problems, by row and then column in the documented order; empty when the file is good. */
    public List<RosterProblem> problems() {
        return problems;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The number of data rows (not counting the header and blank rows). */
    public int rowCount() {
        return rows.size();
    }

    public ImportSummary apply(Organisation organisation) {
        return apply(organisation, RosterProgress.NONE);
    }

    /**
     * Creates and updates the objects the rows describe in {@code organisation}, which must be the
     * one the rows were checked against (or hold the same objects).
     *
     * @throws IllegalStateException when the file has problems: nothing is changed then
     */
    public ImportSummary apply(Organisation organisation, RosterProgress progress) {
        if (!isValid()) {
            throw new IllegalStateException(problems.size() + " problems in the roster; nothing applied");
        }
        return new RosterApplier(organisation, declaredKinds()).apply(rows, progress);
    }

    private Map<String, UnitKind> declaredKinds() {
        Map<String, UnitKind> kinds = new HashMap<>();
        rows.forEach(row -> kinds.putIfAbsent(row.unitPath(), row.unitKind()));
        return kinds;
    }

    private static List<RosterProblem> sorted(List<RosterProblem> problems) {
        List<RosterProblem> unique = new ArrayList<>(new LinkedHashSet<>(problems));
        unique.sort(Comparator.comparingInt(RosterProblem::row).thenComparingInt(RosterImport::columnOrder));
        return unique;
    }

    private static int columnOrder(RosterProblem problem) {
        return RosterColumn.ofHeader(problem.column()).map(Enum::ordinal).orElse(problem.column().isEmpty() ? -1
                : RosterColumn.values().length);
    }
}
