package cn.qinglian.evaluation.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.roster.RosterReader;
import cn.qinglian.core.roster.SheetRow;
import cn.qinglian.evaluation.export.Sheet;
import cn.qinglian.evaluation.export.XlsxWriter;

/** The XLSX writer's output, read back with the roster import's XLSX reader (an independent reader). */
class XlsxWriterTest {

    @TempDir
    Path folder;

    private static Sheet sample() {
        return new Sheet("交流轮岗提醒", List.of("人员", "起始日期", "年数", "说明"))
                .row("孙科员", LocalDate.of(2008, 1, 1), new BigDecimal("11.9"), "<同一岗位> & \"综合室\"")
                .row("钱队员", LocalDate.of(2012, 5, 1), 7, null)
                .row("  前后空格  ", null, 2.5);
    }

    @Test
    void writtenCellsReadBackAsTheyWereGiven() throws Exception {
        Path file = folder.resolve("alerts.xlsx");
        XlsxWriter.write(file, List.of(sample()));
        List<SheetRow> rows = new RosterReader().read(file).rows();
        assertEquals(List.of("人员", "起始日期", "年数", "说明"), rows.get(0).cells());
        assertEquals(List.of("孙科员", "2008-01-01", "11.9", "<同一岗位> & \"综合室\""), rows.get(1).cells());
        assertEquals("7", rows.get(2).cell(2));
        assertEquals("", rows.get(2).cell(3));
        assertEquals("2.5", rows.get(3).cell(2));
    }

    @Test
    void theSameSheetsGiveTheSameBytes() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        XlsxWriter.write(first, List.of(sample()));
        XlsxWriter.write(second, List.of(sample()));
        assertArrayEquals(first.toByteArray(), second.toByteArray());
    }

    @Test
    void sheetNamesAreMadeValidAndUnique() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(out, List.of(new Sheet("2019/年终:考核[站所]", List.of("a")), new Sheet("2019/年终:考核[站所]", List.of("b")),
                new Sheet("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", List.of("c"))));
        String workbook = entry(out.toByteArray(), "xl/workbook.xml");
        assertTrue(workbook.contains("name=\"2019 年终 考核 站所\""), workbook);
        assertTrue(workbook.contains("name=\"2019 年终 考核 站所 (2)\""), workbook);
        assertTrue(workbook.contains("name=\"一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一\""), workbook);
    }

    @Test
    void aFailedWriteLeavesTheOldFileWhole() throws IOException {
        Path file = folder.resolve("old.xlsx");
        Files.writeString(file, "old content");
        try {
            XlsxWriter.write(file, List.of());
        } catch (IllegalArgumentException expected) {
            // no sheets: refused
        }
        assertEquals("old content", Files.readString(file));
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            List<String> names = new ArrayList<>();
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                names.add(entry.getName());
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new AssertionError(name + " not in " + names);
        }
    }
}
