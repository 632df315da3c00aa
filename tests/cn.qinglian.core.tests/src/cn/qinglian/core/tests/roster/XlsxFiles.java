package cn.qinglian.core.tests.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small XLSX packages part by part, laid out as Excel writes them (content types, package
 * and workbook relationships, workbook, worksheets, shared strings, styles), for reader cases the
 * LibreOffice fixtures do not cover: built-in date formats, the 1904 date system, inline strings,
 * phonetic guides, escaped characters, strict OOXML.
 */
final class XlsxFiles {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, String> parts = new LinkedHashMap<>();
    private String namespace = MAIN;
    private String relationshipNamespace = RELATIONSHIPS;
    private String workbookProperties = "";
    private String numberFormats = "";
    private String cellFormats = "<xf numFmtId=\"0\"/>";
    private String sharedStrings;

    /** The first sheet's rows, as {@code <row>} elements. */
    private String firstSheet = "";

    static XlsxFiles workbook() {
        return new XlsxFiles();
    }

    XlsxFiles strict() {
        namespace = "http://purl.oclc.org/ooxml/spreadsheetml/main";
        relationshipNamespace = "http://purl.oclc.org/ooxml/officeDocument/relationships";
        return this;
    }

    XlsxFiles date1904() {
        workbookProperties = "<workbookPr date1904=\"1\"/>";
        return this;
    }

    /** Cell styles: {@code s="0"} is General, {@code s="1"...} use the given number format ids. */
    XlsxFiles cellFormats(int... numberFormatIds) {
        StringBuilder xfs = new StringBuilder("<xf numFmtId=\"0\"/>");
        for (int id : numberFormatIds) {
            xfs.append("<xf numFmtId=\"").append(id).append("\" applyNumberFormat=\"1\"/>");
        }
        cellFormats = xfs.toString();
        return this;
    }

    XlsxFiles numberFormat(int id, String code) {
        numberFormats += "<numFmt numFmtId=\"" + id + "\" formatCode=\"" + code.replace("\"", "&quot;") + "\"/>";
        return this;
    }

    XlsxFiles sharedStrings(String... items) {
        sharedStrings = String.join("", items);
        return this;
    }

    XlsxFiles rows(String... rows) {
        firstSheet = String.join("", rows);
        return this;
    }

    Path writeTo(Path file) throws IOException {
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        if (!relationshipNamespace.equals(RELATIONSHIPS)) {
            rel = relationshipNamespace + "/";
        }
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
        parts.put("_rels/.rels", relationships(rel, "rId1", "officeDocument", "xl/workbook.xml"));
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + namespace + "\" xmlns:r=\"" + relationshipNamespace + "\">"
                + workbookProperties + "<sheets><sheet name=\"花名册\" sheetId=\"1\" r:id=\"rId3\"/>"
                + "<sheet name=\"说明\" sheetId=\"2\" r:id=\"rId4\"/></sheets></workbook>");
        String workbookRelationships = "<Relationship Id=\"rId1\" Type=\"" + rel + "styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + rel + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId4\" Type=\"" + rel + "worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>";
        if (sharedStrings != null) {
            workbookRelationships += "<Relationship Id=\"rId2\" Type=\"" + rel
                    + "sharedStrings\" Target=\"sharedStrings.xml\"/>";
            parts.put("xl/sharedStrings.xml", "<sst xmlns=\"" + namespace + "\">" + sharedStrings + "</sst>");
        }
        parts.put("xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + workbookRelationships + "</Relationships>");
        parts.put("xl/styles.xml", "<styleSheet xmlns=\"" + namespace + "\"><numFmts>" + numberFormats + "</numFmts>"
                + "<cellStyleXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellStyleXfs>"
                + "<cellXfs>" + cellFormats + "</cellXfs></styleSheet>");
        parts.put("xl/worksheets/sheet1.xml", sheet(firstSheet));
        parts.put("xl/worksheets/sheet2.xml", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>说明</t></is></c></row>"));
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + part.getValue())
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private String sheet(String rows) {
        return "<worksheet xmlns=\"" + namespace + "\" xmlns:r=\"" + relationshipNamespace + "\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    private static String relationships(String rel, String id, String type, String target) {
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"" + id + "\" Type=\"" + rel + type + "\" Target=\"" + target + "\"/>"
                + "</Relationships>";
    }
}
