package cn.qinglian.core.roster;

import java.util.ArrayList;
import java.util.List;

import cn.qinglian.core.roster.RosterSheet.SheetProblem;

/**
 * Splits CSV text into rows (RFC 4180): fields separated by commas, records by CRLF, LF or CR;
 * a field in double quotes may hold commas, line breaks and doubled quotes. Like Excel, a quote
 * inside an unquoted field and text after a closing quote are kept as they are. Row numbers count
 * records, as a spreadsheet shows them, not physical lines.
 */
final class CsvParser {

    private final String text;
    private final List<SheetRow> rows = new ArrayList<>();
    private final List<SheetProblem> problems = new ArrayList<>();
    private int position;
    private int rowNumber;

    private CsvParser(String text) {
        this.text = text;
    }

    static RosterSheet parse(String text) {
        CsvParser parser = new CsvParser(text);
        parser.parseAll();
        return new RosterSheet(parser.rows, parser.problems);
    }

    private void parseAll() {
        while (position < text.length()) {
            rowNumber++;
            List<String> cells = new ArrayList<>();
            boolean endOfRecord;
            do {
                endOfRecord = readField(cells);
            } while (!endOfRecord);
            SheetRow row = new SheetRow(rowNumber, cells);
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
    }

    /** Reads one field into {@code cells}; true when it ended the record. */
    private boolean readField(List<String> cells) {
        StringBuilder field = new StringBuilder();
        if (position < text.length() && text.charAt(position) == '"') {
            position++;
            if (!readQuoted(field)) {
                problems.add(new SheetProblem(rowNumber, cells.size(), RosterProblemKind.UNCLOSED_QUOTE));
                cells.add(field.toString());
                return true;
            }
        }
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == ',') {
                cells.add(field.toString());
                return false;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                    position++;
                }
                break;
            }
            field.append(c);
        }
        cells.add(field.toString());
        return true;
    }

    /** Reads a quoted field's content up to its closing quote; false when the text ends first. */
    private boolean readQuoted(StringBuilder field) {
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c != '"') {
                if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                    continue;
                }
                field.append(c);
            } else if (position < text.length() && text.charAt(position) == '"') {
                field.append('"');
                position++;
            } else {
                return true;
            }
        }
        return false;
    }
}
