package cn.qinglian.core.roster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first sheet of an XLSX workbook (Excel, WPS, LibreOffice; transitional or strict
 * OOXML) with the JDK alone: the package's relationships lead from the workbook to its first sheet,
 * the shared strings and the styles; cells become the text a user sees for them, dates as
 * YYYY-MM-DD. Formulas are read through their cached values.
 */
final class XlsxReader {

    private XlsxReader() {
    }

    static RosterSheet read(Path file) throws RosterReadException {
        try (XlsxPackage xlsx = XlsxPackage.open(file)) {
            String workbookPart = xlsx.relationship("", "officeDocument").map(XlsxPackage.Relationship::target)
                    .orElse("xl/workbook.xml");
            if (!xlsx.has(workbookPart)) {
                throw new RosterReadException(RosterReadException.Reason.NOT_XLSX, file, null);
            }
            XlsxWorkbook workbook = XlsxWorkbook.read(xlsx, workbookPart);
            var relationships = xlsx.relationships(workbookPart);
            var sheet = relationships.get(workbook.firstSheetRelationship());
            if (sheet == null) {
                throw XlsxPackage.damaged(file, "no part for the first sheet", null);
            }
            List<String> sharedStrings = List.of();
            XlsxStyles styles = XlsxStyles.none();
            for (XlsxPackage.Relationship relationship : relationships.values()) {
                if (relationship.hasType("sharedStrings") && xlsx.has(relationship.target())) {
                    sharedStrings = readSharedStrings(xlsx, relationship.target());
                } else if (relationship.hasType("styles") && xlsx.has(relationship.target())) {
                    styles = XlsxStyles.read(xlsx, relationship.target());
                }
            }
            return new RosterSheet(
                    new XlsxSheet(sharedStrings, styles, workbook.date1904()).read(xlsx, sheet.target()), List.of());
        }
    }

    private static List<String> readSharedStrings(XlsxPackage xlsx, String part) throws RosterReadException {
        List<String> strings = new ArrayList<>();
        XmlParts.parse(xlsx, part, reader -> {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT && reader.getLocalName().equals("si")) {
                    strings.add(richText(reader));
                }
            }
        });
        return strings;
    }

    /**
     * The text of a string item ({@code si} or {@code is}): its {@code t} elements, plain or in
     * rich text runs, leaving out phonetic guides ({@code rPh}).
     */
    static String richText(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "t" -> text.append(XmlParts.text(reader));
                    case "rPh", "phoneticPr" -> XmlParts.skip(reader);
                    default -> depth++;
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
        return XlsxValues.unescape(text.toString());
    }
}
