package cn.qinglian.core.tests.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.qinglian.core.roster.ImportSummary;
import cn.qinglian.core.roster.RosterImport;
import cn.qinglian.core.roster.RosterObjectType;
import cn.qinglian.core.roster.RosterProblemKind;
import cn.qinglian.core.roster.RosterReadException;
import cn.qinglian.core.roster.RosterReader;
import cn.qinglian.core.roster.RosterSheet;
import cn.qinglian.core.roster.SheetRow;
import cn.qinglian.model.Organisation;

/**
 * XLSX workbooks: files written by LibreOffice (committed fixtures, see resources/.../sources) and
 * small packages laid out as Excel writes them for the cases those files do not show.
 */
class XlsxRosterReadingTest {

    /** What the first sheet of both LibreOffice fixtures holds, as a user sees it. */
    private static final List<List<String>> FIXTURE_ROWS = List.of(
            List.of("person_id", "person_name", "unit_path", "unit_kind", "post_title", "post_role", "start_date",
                    "end_date", "reports_to"),
            List.of("", "", "L区", "DISTRICT"),
            List.of("10001", "王建国", "L区/区市场监管局", "DEPARTMENT", "局长", "HEAD", "2018-01-15"),
            List.of("10002", "李明", "L区/区市场监管局/城东市场监管所", "STATION", "所长", "HEAD", "2019-03-01", "",
                    "L区/区市场监管局#局长"),
            List.of("10003", "张伟", "L区/区市场监管局/城东市场监管所/综合科", "SECTION", "科长", "SECTION_HEAD", "2020-07-01",
                    "2023-06-30", "L区/区市场监管局/城东市场监管所#所长"),
            List.of("A0004", "赵丽", "L区/区市场监管局/城东市场监管所/综合科", "SECTION", "科员", "STAFF", "2021-09-01", "",
                    "L区/区市场监管局/城东市场监管所/综合科#科长"));

    @TempDir
    Path folder;

    private Path fixture(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return Files.write(folder.resolve(Path.of(name).getFileName().toString()), in.readAllBytes());
        }
    }

    private static List<List<String>> cells(RosterSheet sheet) {
        return sheet.rows().stream().map(SheetRow::cells).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"libreoffice-two-sheets.xlsx", "libreoffice-chinese-dates.xlsx"})
    void firstSheetOfALibreOfficeWorkbookIsReadWithDateCellsAsIsoDates(String name) throws Exception {
        RosterSheet sheet = new RosterReader().read(fixture(name));
        assertEquals(FIXTURE_ROWS, cells(sheet), "the second sheet (notes) is not read");
        assertEquals(List.of(1, 2, 3, 4, 5, 6), sheet.rows().stream().map(SheetRow::number).toList());
    }

    @Test
    void workbookFixtureImportsIntoAnOrganisation() throws Exception {
        Organisation organisation = Rosters.emptyOrganisation();
        RosterImport roster = RosterImport.check(new RosterReader().read(fixture("libreoffice-two-sheets.xlsx")),
                organisation);
        assertEquals(List.of(), roster.problems());
        ImportSummary summary = roster.apply(organisation);
        assertEquals(4, summary.created(RosterObjectType.PERSON));
        assertEquals(3, summary.created(RosterObjectType.REPORTING_LINE));
        assertEquals("10001", organisation.getPeople().get(0).getPersonId());
    }

    @Test
    void csvSavedAsWorkbookByLibreOfficeReadsLikeTheCsv() throws Exception {
        RosterSheet fromWorkbook = new RosterReader().read(fixture("libreoffice-from-csv.xlsx"));
        Path csv = fixture("sources/libreoffice-from-csv.csv");
        List<List<String>> expected = cells(new RosterReader().read(csv)).stream()
                .map(XlsxRosterReadingTest::withoutTrailingBlanks).toList();
        assertEquals(expected, cells(fromWorkbook));
    }

    private static List<String> withoutTrailingBlanks(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return cells.subList(0, end);
    }

    @ParameterizedTest(name = "numFmtId {0} {1}")
    @CsvSource(delimiter = '|', value = {
        "14||2019-03-01",
        "22||2019-03-01T08:30",
        "20||2019-03-01T08:30",
        "31||2019-03-01",
        "57||2019-03-01",
        "0||43525.35416666666",
        "2||43525.35416666666",
        "164|yyyy\\-mm\\-dd|2019-03-01",
        "164|[$-804]yyyy\"年\"m\"月\"d\"日\"|2019-03-01",
        "164|yyyy/m/d h:mm|2019-03-01T08:30",
        "164|mmm|2019-03-01",
        "164|h:mm|2019-03-01T08:30",
        "164|General|43525.35416666666",
        "164|0.00E+00|43525.35416666666",
        "164|[Red]#,##0.00;\"d\"0|43525.35416666666"})
    void numberCellIsShownAsItsStyleSays(int formatId, String code, String expected) throws Exception {
        XlsxFiles workbook = XlsxFiles.workbook().cellFormats(formatId);
        if (code != null) {
            workbook.numberFormat(formatId, code);
        }
        Path file = workbook.rows("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>43525.35416666666</v></c></row>")
                .writeTo(folder.resolve("dates.xlsx"));
        String text = new RosterReader().read(file).rows().get(0).cell(0);
        assertEquals(expected, text);
    }

    @Test
    void dateSystem1904IsHonoured() throws Exception {
        Path file = XlsxFiles.workbook().date1904().cellFormats(14)
                .rows("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>42063</v></c></row>").writeTo(folder.resolve("mac.xlsx"));
        assertEquals("2019-03-01", new RosterReader().read(file).rows().get(0).cell(0));
    }

    @Test
    void excelsNonExistentFebruary29Of1900IsAnImpossibleDate() throws Exception {
        Path file = XlsxFiles.workbook().cellFormats(14).sharedStrings(
                Rosters.HEADER.replaceAll("([a-z_]+)", "<si><t>$1</t></si>").replace(",", ""), "<si><t>L区</t></si>",
                "<si><t>DISTRICT</t></si>", "<si><t>区长</t></si>", "<si><t>HEAD</t></si>", "<si><t>P1</t></si>",
                "<si><t>甲</t></si>")
                .rows(row(1, "s:0", "s:1", "s:2", "s:3", "s:4", "s:5", "s:6", "s:7", "s:8"),
                        row(2, "s:9", "s:10", "s:11", "s:12", "s:13", "s:14", "d:60"))
                .writeTo(folder.resolve("1900.xlsx"));
        RosterImport roster = RosterImport.check(new RosterReader().read(file), Rosters.emptyOrganisation());
        assertEquals(List.of("2 start_date IMPOSSIBLE_DATE"),
                roster.problems().stream().map(p -> p.row() + " " + p.column() + " " + p.kind()).toList());
        assertTrue(roster.problems().get(0).reason(Locale.SIMPLIFIED_CHINESE).startsWith("1900-02-29"));
    }

    /** A row of cells: "s:N" shared string N, "d:N" date serial N (style 1), anything else inline text. */
    private static String row(int number, String... cells) {
        StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < cells.length; i++) {
            String ref = "r=\"" + (char) ('A' + i) + number + "\"";
            String cell = cells[i];
            if (cell.startsWith("s:")) {
                row.append("<c ").append(ref).append(" t=\"s\"><v>").append(cell.substring(2)).append("</v></c>");
            } else if (cell.startsWith("d:")) {
                row.append("<c ").append(ref).append(" s=\"1\"><v>").append(cell.substring(2)).append("</v></c>");
            } else {
                row.append("<c ").append(ref).append(" t=\"inlineStr\"><is><t>").append(cell).append("</t></is></c>");
            }
        }
        return row.append("</row>").toString();
    }

    @Test
    void cellsOfEveryKindBecomeTheTextAUserSees() throws Exception {
        Path file = XlsxFiles.workbook()
                .sharedStrings("<si><t>赵丽</t><phoneticPr fontId=\"1\"/></si>",
                        "<si><r><rPr><b/></rPr><t>张</t></r><r><t xml:space=\"preserve\">伟 </t></r>"
                                + "<rPh sb=\"0\" eb=\"1\"><t>ZHANG</t></rPh></si>",
                        "<si><t>第一行_x000D_\n第二行</t></si>")
                .rows("<row r=\"3\" spans=\"1:9\"><c r=\"A3\" t=\"s\"><v>0</v></c><c r=\"B3\" t=\"s\"><v>1</v></c>"
                        + "<c r=\"C3\" t=\"s\"><v>2</v></c><c r=\"E3\" t=\"inlineStr\"><is><t>内联</t></is></c>"
                        + "<c r=\"F3\" t=\"b\"><v>1</v></c><c r=\"G3\" t=\"str\"><f>A3&amp;\"\"</f><v>赵丽</v></c>"
                        + "<c r=\"H3\" t=\"e\"><v>#N/A</v></c><c r=\"I3\"><v>1.0E7</v></c><c r=\"J3\" t=\"d\">"
                        + "<v>2019-03-01T00:00:00</v></c></row>",
                        "<row r=\"5\"><c r=\"B5\" s=\"0\"/></row>",
                        "<row r=\"7\"><c r=\"C7\"><v>10023</v></c></row>")
                .writeTo(folder.resolve("kinds.xlsx"));
        RosterSheet sheet = new RosterReader().read(file);
        assertEquals(List.of(
                List.of("赵丽", "张伟 ", "第一行\r\n第二行", "", "内联", "TRUE", "赵丽", "#N/A", "10000000", "2019-03-01"),
                List.of("", "", "10023")), cells(sheet));
        assertEquals(List.of(3, 7), sheet.rows().stream().map(SheetRow::number).toList(), "blank row 5 is left out");
    }

    @Test
    void strictOpenXmlWorkbookIsRead() throws Exception {
        Path file = XlsxFiles.workbook().strict().cellFormats(14).sharedStrings("<si><t>单位</t></si>")
                .rows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>43525</v></c></row>")
                .writeTo(folder.resolve("strict.xlsx"));
        assertEquals(List.of(List.of("单位", "2019-03-01")), cells(new RosterReader().read(file)));
    }

    @Test
    void zipThatIsNoWorkbookIsRefusedWithAHint() throws Exception {
        Path file = folder.resolve("roster.ods");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        RosterReadException e = assertThrows(RosterReadException.class, () -> new RosterReader().read(file));
        assertEquals(RosterReadException.Reason.NOT_XLSX, e.reason());
        assertTrue(e.getLocalizedMessage(Locale.ENGLISH).contains("save it as .xlsx or CSV"));
    }

    @Test
    void truncatedWorkbookIsDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(fixture("libreoffice-two-sheets.xlsx"));
        Path file = Files.write(folder.resolve("truncated.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        RosterReadException e = assertThrows(RosterReadException.class, () -> new RosterReader().read(file));
        assertEquals(RosterReadException.Reason.DAMAGED_XLSX, e.reason());
        assertTrue(e.getLocalizedMessage(Locale.SIMPLIFIED_CHINESE).contains("工作簿已损坏"));
    }

    @Test
    void sharedStringIndexOutOfRangeIsDamage() throws Exception {
        Path file = XlsxFiles.workbook().sharedStrings("<si><t>a</t></si>")
                .rows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>").writeTo(folder.resolve("bad.xlsx"));
        RosterReadException e = assertThrows(RosterReadException.class, () -> new RosterReader().read(file));
        assertEquals(RosterReadException.Reason.DAMAGED_XLSX, e.reason());
        assertTrue(e.getLocalizedMessage(Locale.ENGLISH).contains("no shared string 7"), e.getMessage());
    }

    @Test
    void rosterProblemsInAWorkbookNameItsRowNumbers() throws Exception {
        Path file = XlsxFiles.workbook().cellFormats(14)
                .rows(row(1, "unit_path", "unit_kind", "post_title", "post_role", "person_id", "person_name",
                        "start_date", "end_date", "reports_to"), row(4, "L区", "TOWN"))
                .writeTo(folder.resolve("problem.xlsx"));
        RosterImport roster = RosterImport.check(new RosterReader().read(file), Rosters.emptyOrganisation());
        assertEquals(List.of("4 unit_kind " + RosterProblemKind.UNKNOWN_UNIT_KIND),
                roster.problems().stream().map(p -> p.row() + " " + p.column() + " " + p.kind()).toList());
    }
}
