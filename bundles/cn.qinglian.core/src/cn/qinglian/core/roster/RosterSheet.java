package cn.qinglian.core.roster;

import java.util.List;

/**
 * The rows of a roster file as text, header first, with what the reader found wrong in the file's
 * syntax (an unclosed quote). Blank rows are left out; every row keeps its number as a spreadsheet
 * shows it.
 */
public record RosterSheet(List<SheetRow> rows, List<SheetProblem> problems) {

    public RosterSheet {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** A problem of the file's syntax at a cell, before the header gives the cell a column name. */
    public record SheetProblem(int row, int cell, RosterProblemKind kind) {
    }
}
