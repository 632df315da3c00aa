package cn.qinglian.core.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Which cell styles of a workbook show numbers as dates, and whether with the time of day: the
 * built-in date formats 14–17 and those of the Chinese locale (27–31, 36, 50–54, 57, 58, which
 * Excel in China uses for 2019年3月1日), the built-in time formats 18–22, and custom formats whose
 * codes hold a year, month, day, hour or second outside quotes and brackets.
 */
final class XlsxStyles {

    /** How a cell style shows a number. */
    enum Shown {
        /** As a number. */
        NUMBER,
        /** As a date: the time of day, if any, is not shown. */
        DATE,
        /** As a date and time, or a time. */
        DATE_TIME
    }

    private final List<Shown> shown;

    private XlsxStyles(List<Shown> shown) {
        this.shown = shown;
    }

    /** Styles of a workbook without a styles part: every number is a number. */
    static XlsxStyles none() {
        return new XlsxStyles(List.of());
    }

    static XlsxStyles read(XlsxPackage xlsx, String part) throws RosterReadException {
        Map<Integer, String> customFormats = new HashMap<>();
        List<Integer> cellFormats = new ArrayList<>();
        XmlParts.parse(xlsx, part, reader -> {
            boolean inCellXfs = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "numFmt" -> customFormats.put(number(reader, "numFmtId"),
                                String.valueOf(reader.getAttributeValue(null, "formatCode")));
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                cellFormats.add(number(reader, "numFmtId"));
                            }
                        }
                        default -> {
                            // other style records do not matter for dates
                        }
                    }
                } else if (event == XMLStreamReader.END_ELEMENT && reader.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        });
        return new XlsxStyles(cellFormats.stream()
                .map(id -> customFormats.containsKey(id) ? ofFormatCode(customFormats.get(id)) : ofBuiltIn(id))
                .toList());
    }

    /** How cells of style {@code index} (the cell's {@code s} attribute) show numbers. */
    Shown shown(int index) {
        return index >= 0 && index < shown.size() ? shown.get(index) : Shown.NUMBER;
    }

    static Shown ofBuiltIn(int id) {
        if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) || id == 57
                || id == 58) {
            return Shown.DATE;
        }
        return (id >= 18 && id <= 22) || (id >= 32 && id <= 35) || id == 55 || id == 56 ? Shown.DATE_TIME
                : Shown.NUMBER;
    }

    /**
     * How a format code shows numbers, judged by its first section without quoted text, escaped
     * characters, bracketed parts (colours, locales, elapsed time) and the word General: with an h
     * or s it shows a time, else with a y, m or d a date.
     */
    static Shown ofFormatCode(String code) {
        String plain = withoutLiterals(code.split(";", -1)[0]).toLowerCase(java.util.Locale.ROOT)
                .replace("general", "");
        if (plain.contains("h") || plain.contains("s")) {
            return Shown.DATE_TIME;
        }
        return plain.contains("y") || plain.contains("m") || plain.contains("d") ? Shown.DATE : Shown.NUMBER;
    }
    private static String withoutLiterals(String code) {
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                int close = code.indexOf('"', i + 1);
                i = close < 0 ? code.length() : close;
            } else if (c == '[') {
                int close = code.indexOf(']', i + 1);
                i = close < 0 ? code.length() : close;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private static int number(XMLStreamReader reader, String attribute) throws XMLStreamException {
        String value = reader.getAttributeValue(null, attribute);
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new XMLStreamException(attribute + "=\"" + value + "\"", reader.getLocation());
        }
    }
}
