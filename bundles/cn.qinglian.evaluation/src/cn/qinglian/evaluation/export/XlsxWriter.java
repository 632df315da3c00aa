package cn.qinglian.evaluation.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import cn.qinglian.core.persistence.AtomicFileWriter;

/**
 * Writes sheets as an Office Open XML workbook (.xlsx, SpreadsheetML) that Excel, WPS and LibreOffice
 * open: strings inline, numbers as numbers, a bold frozen header row, column widths from the longest
 * value (CJK characters counted double). No dependency beyond the JDK. The zip entries carry a fixed
 * time, so the same sheets give the same bytes.
 */
public final class XlsxWriter {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final int MAX_SHEET_NAME = 31;

    private XlsxWriter() {
    }

    /** Writes {@code sheets} to {@code file} atomically (the old file stays whole on failure). */
    public static void write(Path file, List<Sheet> sheets) throws IOException {
        AtomicFileWriter.write(file, out -> write(out, sheets));
    }

    public static void write(OutputStream out, List<Sheet> sheets) throws IOException {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one sheet");
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, "[Content_Types].xml", contentTypes(sheets.size()));
        entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        entry(zip, "xl/workbook.xml", workbook(sheets));
        entry(zip, "xl/_rels/workbook.xml.rels", workbookRels(sheets.size()));
        entry(zip, "xl/styles.xml", STYLES);
        for (int i = 0; i < sheets.size(); i++) {
            entry(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", worksheet(sheets.get(i)));
        }
        zip.finish();
        zip.flush();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(315532800000L); // 1980-01-01, the zip format's epoch: reproducible bytes
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String contentTypes(int sheets) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                    .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private static String workbook(List<Sheet> sheets) {
        return xml(writer -> {
            writer.writeStartElement("workbook");
            writer.writeDefaultNamespace(MAIN_NS);
            writer.writeNamespace("r", REL_NS);
            writer.writeStartElement("sheets");
            Set<String> names = new HashSet<>();
            for (int i = 0; i < sheets.size(); i++) {
                writer.writeEmptyElement("sheet");
                writer.writeAttribute("name", sheetName(sheets.get(i).name(), i + 1, names));
                writer.writeAttribute("sheetId", String.valueOf(i + 1));
                writer.writeAttribute("r", REL_NS, "id", "rId" + (i + 1));
            }
            writer.writeEndElement();
            writer.writeEndElement();
        });
    }

    /** A valid, unique sheet name: no []:*?/\, at most 31 characters. */
    static String sheetName(String wanted, int number, Set<String> taken) {
        String name = wanted == null ? "" : wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (name.isEmpty()) {
            name = "Sheet" + number;
        }
        if (name.length() > MAX_SHEET_NAME) {
            name = name.substring(0, MAX_SHEET_NAME);
        }
        String unique = name;
        for (int n = 2; !taken.add(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            unique = name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        return unique;
    }

    private static String workbookRels(int sheets) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= sheets; i++) {
            xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        xml.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(REL_NS)
                .append("/styles\" Target=\"styles.xml\"/>");
        return xml.append("</Relationships>").toString();
    }

    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
            + "</styleSheet>";

    private static String worksheet(Sheet sheet) {
        return xml(writer -> {
            writer.writeStartElement("worksheet");
            writer.writeDefaultNamespace(MAIN_NS);
            writer.writeStartElement("sheetViews");
            writer.writeStartElement("sheetView");
            writer.writeAttribute("workbookViewId", "0");
            writer.writeEmptyElement("pane");
            writer.writeAttribute("ySplit", "1");
            writer.writeAttribute("topLeftCell", "A2");
            writer.writeAttribute("activePane", "bottomLeft");
            writer.writeAttribute("state", "frozen");
            writer.writeEndElement();
            writer.writeEndElement();
            columns(writer, sheet);
            writer.writeStartElement("sheetData");
            row(writer, 1, List.copyOf(sheet.headers()), true);
            int number = 2;
            for (List<Object> row : sheet.rows()) {
                row(writer, number++, row, false);
            }
            writer.writeEndElement();
            writer.writeEndElement();
        });
    }

    private static void columns(XMLStreamWriter writer, Sheet sheet) throws XMLStreamException {
        int count = sheet.headers().size();
        for (List<Object> row : sheet.rows()) {
            count = Math.max(count, row.size());
        }
        if (count == 0) {
            return;
        }
        writer.writeStartElement("cols");
        for (int c = 0; c < count; c++) {
            int width = c < sheet.headers().size() ? displayWidth(sheet.headers().get(c)) : 4;
            for (List<Object> row : sheet.rows()) {
                if (c < row.size() && row.get(c) != null) {
                    width = Math.max(width, displayWidth(String.valueOf(row.get(c))));
                }
            }
            writer.writeEmptyElement("col");
            writer.writeAttribute("min", String.valueOf(c + 1));
            writer.writeAttribute("max", String.valueOf(c + 1));
            writer.writeAttribute("width", String.valueOf(Math.min(80, width + 2)));
            writer.writeAttribute("customWidth", "1");
        }
        writer.writeEndElement();
    }

    private static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return width;
    }

    private static void row(XMLStreamWriter writer, int number, List<?> values, boolean header)
            throws XMLStreamException {
        writer.writeStartElement("row");
        writer.writeAttribute("r", String.valueOf(number));
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            writer.writeStartElement("c");
            writer.writeAttribute("r", columnName(c) + number);
            if (header) {
                writer.writeAttribute("s", "1");
            }
            if (value instanceof Number n && !(value instanceof Double d && (d.isNaN() || d.isInfinite()))) {
                writer.writeStartElement("v");
                writer.writeCharacters(number(n));
                writer.writeEndElement();
            } else {
                writer.writeAttribute("t", "inlineStr");
                writer.writeStartElement("is");
                writer.writeStartElement("t");
                String text = clean(String.valueOf(value));
                if (!text.equals(text.strip())) {
                    writer.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
                }
                writer.writeCharacters(text);
                writer.writeEndElement();
                writer.writeEndElement();
            }
            writer.writeEndElement();
        }
        writer.writeEndElement();
    }

    private static String number(Number n) {
        if (n instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
        }
        return n.toString();
    }

    /** Characters XML 1.0 cannot carry are dropped. */
    private static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                clean.append(ch);
            }
        }
        return clean.toString();
    }

    /** A, B, …, Z, AA, AB, … for the 0-based column {@code index}. */
    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    @FunctionalInterface
    private interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String xml(XmlBody body) {
        try {
            java.io.StringWriter text = new java.io.StringWriter();
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
