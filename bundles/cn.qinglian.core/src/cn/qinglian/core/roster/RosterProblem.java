package cn.qinglian.core.roster;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A reason why a roster file is rejected: the row as a spreadsheet shows it (header = row 1), the
 * column's header name (empty when the problem concerns the whole file), and the reason.
 */
public record RosterProblem(int row, String column, RosterProblemKind kind, List<Object> details) {

    public RosterProblem {
        Objects.requireNonNull(column);
        Objects.requireNonNull(kind);
        details = List.copyOf(details);
    }

    RosterProblem(int row, RosterColumn column, RosterProblemKind kind, Object... details) {
        this(row, column.header(), kind, List.of(details));
    }

    /** The reason in {@code locale} (Chinese or English). */
    public String reason(Locale locale) {
        return RosterMessages.format(locale, kind.name(), details.toArray());
    }

    /** {@code ROW<TAB>COLUMN<TAB>reason}, the line the command line prints. */
    public String toLine(Locale locale) {
        return row + "\t" + column + "\t" + reason(locale);
    }
}
