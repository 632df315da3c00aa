package cn.qinglian.core.roster;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each roster column is in the file, read from the header row; other columns are ignored. */
final class RosterHeader {

    private final Map<RosterColumn, Integer> cells;
    private final SheetRow row;

    private RosterHeader(SheetRow row, Map<RosterColumn, Integer> cells) {
        this.row = row;
        this.cells = cells;
    }

    /** The header of {@code row}, or empty after adding a problem for each missing or repeated column. */
    static Optional<RosterHeader> read(SheetRow row, List<RosterProblem> problems) {
        Map<RosterColumn, Integer> cells = new EnumMap<>(RosterColumn.class);
        int before = problems.size();
        for (int i = 0; i < row.cells().size(); i++) {
            int cell = i;
            RosterColumn.ofHeader(row.cell(i)).ifPresent(column -> {
                if (cells.putIfAbsent(column, cell) != null) {
                    problems.add(new RosterProblem(row.number(), column, RosterProblemKind.DUPLICATE_COLUMN,
                            column.header()));
                }
            });
        }
        for (RosterColumn column : RosterColumn.values()) {
            if (!cells.containsKey(column)) {
                problems.add(new RosterProblem(row.number(), column, RosterProblemKind.MISSING_COLUMN,
                        column.header(), RosterColumn.allHeaders()));
            }
        }
        return problems.size() == before ? Optional.of(new RosterHeader(row, cells)) : Optional.empty();
    }

    /** The text of {@code column} in {@code data}, without surrounding blanks. */
    String value(SheetRow data, RosterColumn column) {
        return data.cell(cells.get(column)).strip();
    }

    /** The name a problem gives the cell at {@code index}: its header, or its column letter. */
    String columnName(int index) {
        String header = row.cell(index).strip();
        return header.isEmpty() ? columnLetter(index) : header;
    }

    static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
