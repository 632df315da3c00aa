package cn.qinglian.core.roster;

import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads the rows of one worksheet part into text cells; blank rows are left out. */
final class XlsxSheet {

    private final List<String> sharedStrings;
    private final XlsxStyles styles;
    private final boolean date1904;

    XlsxSheet(List<String> sharedStrings, XlsxStyles styles, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    List<SheetRow> read(XlsxPackage xlsx, String part) throws RosterReadException {
        List<SheetRow> rows = new ArrayList<>();
        XmlParts.parse(xlsx, part, reader -> {
            int previousRow = 0;
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT && reader.getLocalName().equals("row")) {
                    int number = reference(reader.getAttributeValue(null, "r"), previousRow + 1);
                    SheetRow row = new SheetRow(number, readCells(reader));
                    if (!row.isBlank()) {
                        rows.add(row);
                    }
                    previousRow = number;
                }
            }
        });
        return rows;
    }

    private List<String> readCells(XMLStreamReader reader) throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamReader.START_ELEMENT && reader.getLocalName().equals("c")) {
                int column = columnIndex(reader.getAttributeValue(null, "r"), cells.size());
                String value = readCell(reader);
                while (cells.size() <= column) {
                    cells.add("");
                }
                cells.set(column, value);
            } else if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
        return cells;
    }

    /** The text of the current {@code c} element, reading up to its end. */
    private String readCell(XMLStreamReader reader) throws XMLStreamException {
        String type = reader.getAttributeValue(null, "t");
        int style = reference(reader.getAttributeValue(null, "s"), 0);
        String stored = null;
        String inline = null;
        while (reader.nextTag() == XMLStreamReader.START_ELEMENT) {
            switch (reader.getLocalName()) {
                case "v" -> stored = XmlParts.text(reader);
                case "is" -> inline = XlsxReader.richText(reader);
                default -> XmlParts.skip(reader);
            }
        }
        if (inline != null) {
            return inline;
        }
        return stored == null ? "" : text(type == null ? "n" : type, style, stored, reader);
    }

    private String text(String type, int style, String stored, XMLStreamReader reader) throws XMLStreamException {
        return switch (type) {
            case "s" -> sharedString(stored, reader);
            case "b" -> stored.strip().equals("1") ? "TRUE" : "FALSE";
            case "d" -> XlsxValues.isoDate(stored);
            case "n" -> switch (styles.shown(style)) {
                case DATE -> XlsxValues.date(stored, date1904, false);
                case DATE_TIME -> XlsxValues.date(stored, date1904, true);
                case NUMBER -> XlsxValues.number(stored);
            };
            default -> XlsxValues.unescape(stored);
        };
    }

    private String sharedString(String stored, XMLStreamReader reader) throws XMLStreamException {
        int index = reference(stored, -1);
        if (index < 0 || index >= sharedStrings.size()) {
            throw new XMLStreamException("no shared string " + stored, reader.getLocation());
        }
        return sharedStrings.get(index);
    }

    /** Zero-based column of a cell reference like {@code AB12}; {@code fallback} when absent. */
    static int columnIndex(String reference, int fallback) {
        if (reference == null) {
            return fallback;
        }
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 || column > 16_384 ? fallback : column - 1;
    }

    private static int reference(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
