package cn.qinglian.core.roster;

import java.util.List;

/**
 * One row of a roster file as read: its number as a spreadsheet shows it (the header is row 1) and
 * its cells as text, left to right.
 */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The text of cell {@code index}, empty when the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** Whether every cell is blank (such rows are skipped). */
    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
