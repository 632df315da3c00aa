package cn.qinglian.core.tests.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.roster.RosterImport;
import cn.qinglian.core.roster.RosterProblem;
import cn.qinglian.core.roster.RosterProblemKind;
import cn.qinglian.core.roster.RosterReadException;
import cn.qinglian.core.roster.RosterReader;
import cn.qinglian.core.roster.RosterSheet;
import cn.qinglian.core.roster.SheetRow;

/** CSV files as Excel, WPS and text editors write them. */
class CsvRosterReadingTest {

    @TempDir
    Path folder;

    private RosterSheet read(byte[] bytes) throws Exception {
        return new RosterReader().read(Files.write(folder.resolve("roster.csv"), bytes));
    }

    private RosterSheet read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws Exception {
        RosterSheet sheet = read("a,b,c\n\"L区/市场,监管局\",\"说\"\"好\"\"的\",\"第一行\n第二行\"\nnext,row,here\n");
        assertEquals(List.of("L区/市场,监管局", "说\"好\"的", "第一行\n第二行"), sheet.rows().get(1).cells());
        assertEquals(3, sheet.rows().get(2).number(), "a record spanning two lines is one spreadsheet row");
        assertEquals(List.of("next", "row", "here"), sheet.rows().get(2).cells());
    }

    @Test
    void crlfLfAndCrEndRecordsAlike() throws Exception {
        RosterSheet sheet = read("a,b\r\nc,d\ne,f\rg,\"h\r\ni\"\r\n");
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", "h\ni")),
                sheet.rows().stream().map(SheetRow::cells).toList());
    }

    @Test
    void blankLinesAreSkippedButKeepTheRowNumbers() throws Exception {
        RosterSheet sheet = read("a,b\n\n,\nc,d\n");
        assertEquals(List.of(1, 4), sheet.rows().stream().map(SheetRow::number).toList());
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheFirstHeader() throws Exception {
        byte[] text = String.join("\n", Rosters.goodWith()).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        RosterSheet sheet = read(withBom);
        assertEquals("unit_path", sheet.rows().get(0).cell(0));
        assertTrue(RosterImport.check(sheet, Rosters.emptyOrganisation()).isValid());
    }

    @Test
    void gbkBytesAsExcelInChinaSavesThemAreRecognised() throws Exception {
        RosterSheet sheet = read("单位,姓名\nL区/城东市场监管所,赵丽\n".getBytes(Charset.forName("GBK")));
        assertEquals(List.of("L区/城东市场监管所", "赵丽"), sheet.rows().get(1).cells());
    }

    @Test
    void utf8WithoutBomIsRecognised() throws Exception {
        RosterSheet sheet = read("单位,姓名\nL区/城东市场监管所,赵丽\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("L区/城东市场监管所", "赵丽"), sheet.rows().get(1).cells());
    }

    @Test
    void utf16WithByteOrderMarkIsRecognised() throws Exception {
        RosterSheet sheet = read("\uFEFF单位,姓名\n综合科,赵丽\n".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of(List.of("单位", "姓名"), List.of("综合科", "赵丽")),
                sheet.rows().stream().map(SheetRow::cells).toList());
    }

    @Test
    void explicitEncodingOverridesTheGuess() throws Exception {
        Path file = Files.write(folder.resolve("latin.csv"), "name\nZoë\n".getBytes(StandardCharsets.ISO_8859_1));
        RosterSheet sheet = new RosterReader(Optional.of(StandardCharsets.ISO_8859_1)).read(file);
        assertEquals("Zoë", sheet.rows().get(1).cell(0));
    }

    @Test
    void textThatIsNotInTheGivenEncodingIsRefusedNamingIt() throws Exception {
        Path file = Files.write(folder.resolve("gbk.csv"), "姓名\n赵丽\n".getBytes(Charset.forName("GBK")));
        RosterReadException e = assertThrows(RosterReadException.class,
                () -> new RosterReader(Optional.of(StandardCharsets.UTF_8)).read(file));
        assertEquals(RosterReadException.Reason.UNDECODABLE, e.reason());
        assertTrue(e.getLocalizedMessage(Locale.SIMPLIFIED_CHINESE).contains("不是有效的 UTF-8 编码"),
                e.getLocalizedMessage(Locale.SIMPLIFIED_CHINESE));
        assertTrue(e.getLocalizedMessage(Locale.ENGLISH).startsWith(file + ": the text is not valid UTF-8"),
                e.getLocalizedMessage(Locale.ENGLISH));
    }

    @Test
    void unclosedQuoteIsAProblemOfItsRowAndColumn() throws Exception {
        List<String> lines = Rosters.goodWith("L区/区市场监管局,DEPARTMENT,\"副局长,LEADERSHIP_MEMBER,P009,孙强,2020-01-01,,");
        RosterImport roster = Rosters.check(Rosters.csv(folder, "r.csv", lines), Rosters.emptyOrganisation());
        RosterProblem problem = roster.problems().stream()
                .filter(p -> p.kind() == RosterProblemKind.UNCLOSED_QUOTE).findFirst().orElseThrow();
        assertEquals(8, problem.row());
        assertEquals("post_title", problem.column());
        assertTrue(problem.reason(Locale.SIMPLIFIED_CHINESE).contains("引号中的内容没有结束"));
        assertTrue(problem.reason(Locale.ENGLISH).contains("a value in quotes is not closed"));
    }

    @Test
    void oldBinaryExcelWorkbookIsRefusedWithAHint() throws Exception {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        Path file = Files.write(folder.resolve("roster.xls"), ole);
        RosterReadException e = assertThrows(RosterReadException.class, () -> new RosterReader().read(file));
        assertEquals(RosterReadException.Reason.LEGACY_XLS, e.reason());
        assertTrue(e.getLocalizedMessage(Locale.SIMPLIFIED_CHINESE).contains("请另存为 .xlsx 或 CSV"));
    }

    @Test
    void missingFileSaysSo() {
        Path file = folder.resolve("nowhere.csv");
        RosterReadException e = assertThrows(RosterReadException.class, () -> new RosterReader().read(file));
        assertEquals(RosterReadException.Reason.MISSING, e.reason());
        assertEquals(file + "：文件不存在", e.getLocalizedMessage(Locale.SIMPLIFIED_CHINESE));
    }
}
