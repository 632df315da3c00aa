package cn.qinglian.inspection.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a small XLSX workbook (Office Open XML SpreadsheetML, a ZIP of XML parts) without any library:
 * one or more sheets of text, whole numbers and dates (shown yyyy-mm-dd), a bold frozen header row with
 * an auto-filter, and column widths. Text is written as inline strings, so any reader (Excel, WPS,
 * LibreOffice, Apache POI) shows it unchanged, Chinese included. Entries carry a fixed time, so the same
 * content gives the same bytes.
 */
public final class XlsxWorkbookWriter {

    /** One sheet: its name, header cells, column widths (characters) and rows of String, Number, LocalDate or null. */
    public record Sheet(String name, List<String> header, List<Integer> widths, List<List<Object>> rows) {
    }

    private static final long FIXED_TIME = 1_577_836_800_000L; // 2020-01-01T00:00:00Z
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final List<Sheet> sheets = new ArrayList<>();

    public XlsxWorkbookWriter add(Sheet sheet) {
        sheets.add(sheet);
        return this;
    }

    public void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, "[Content_Types].xml", contentTypes());
        entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        entry(zip, "xl/workbook.xml", workbook());
        entry(zip, "xl/_rels/workbook.xml.rels", workbookRelationships());
        entry(zip, "xl/styles.xml", STYLES);
        for (int i = 0; i < sheets.size(); i++) {
            entry(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheet(sheets.get(i)));
        }
        zip.finish();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_TIME);
        zip.putNextEntry(entry);
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        writer.write(content);
        writer.flush();
        zip.closeEntry();
    }

    private String contentTypes() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheets.size(); i++) {
            x.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return x.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        for (int i = 1; i <= sheets.size(); i++) {
            x.append("<sheet name=\"").append(escape(sheetName(sheets.get(i - 1).name()))).append("\" sheetId=\"")
                    .append(i).append("\" r:id=\"rId").append(i).append("\"/>");
        }
        x.append("</sheets><definedNames>");
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            x.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i)
                    .append("\" hidden=\"1\">'").append(escape(sheetName(sheet.name()).replace("'", "''"))).append("'!$A$1:$")
                    .append(column(sheet.header().size() - 1)).append('$').append(sheet.rows().size() + 1)
                    .append("</definedName>");
        }
        return x.append("</definedNames></workbook>").toString();
    }

    private String workbookRelationships() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= sheets.size(); i++) {
            x.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i)
                    .append(".xml\"/>");
        }
        x.append("<Relationship Id=\"rId").append(sheets.size() + 1).append("\" Type=\"http://schemas.openxmlformats"
                + ".org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        return x.append("</Relationships>").toString();
    }

    /** Style 0: plain; 1: bold header; 2: date yyyy-mm-dd. */
    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"等线\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    private static String sheet(Sheet sheet) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                + "state=\"frozen\"/></sheetView></sheetViews><cols>");
        for (int c = 0; c < sheet.widths().size(); c++) {
            x.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(sheet.widths().get(c)).append("\" customWidth=\"1\"/>");
        }
        x.append("</cols><sheetData>");
        row(x, 1, new ArrayList<>(sheet.header()), 1);
        for (int r = 0; r < sheet.rows().size(); r++) {
            row(x, r + 2, sheet.rows().get(r), 0);
        }
        x.append("</sheetData><autoFilter ref=\"A1:").append(column(sheet.header().size() - 1))
                .append(sheet.rows().size() + 1).append("\"/></worksheet>");
        return x.toString();
    }

    private static void row(StringBuilder x, int number, List<?> cells, int style) {
        x.append("<row r=\"").append(number).append("\">");
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value == null) {
                continue;
            }
            String ref = column(c) + number;
            if (value instanceof LocalDate date) {
                x.append("<c r=\"").append(ref).append("\" s=\"2\"><v>")
                        .append(date.toEpochDay() - EXCEL_EPOCH.toEpochDay()).append("</v></c>");
            } else if (value instanceof Number n) {
                x.append("<c r=\"").append(ref).append("\"").append(style == 0 ? "" : " s=\"" + style + "\"")
                        .append("><v>").append(n).append("</v></c>");
            } else {
                x.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"").append(style == 0 ? "" : " s=\"" + style + "\"")
                        .append("><is><t xml:space=\"preserve\">").append(escape(value.toString())).append("</t></is></c>");
            }
        }
        x.append("</row>");
    }

    /** A, B, ... Z, AA, AB ... for 0, 1, ... */
    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\. */
    private static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    /** XML text: &amp; &lt; &gt; &quot; escaped and characters XML 1.0 forbids dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
