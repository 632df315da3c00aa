package cn.qinglian.inspection.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.sample.SampleGenerator;
import cn.qinglian.core.sample.SampleSettings;
import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.inspection.categories.FindingCategories;
import cn.qinglian.inspection.export.LedgerExport;
import cn.qinglian.inspection.export.LedgerRow;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.InspectionFactory;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.sample.InspectionSample;
import cn.qinglian.model.Organisation;

/** The ledger workbook of the L-district sample, opened with Apache POI as Excel would, checked cell by cell. */
class LedgerWorkbookTest {

    private static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);

    @TempDir
    static Path temp;
    static InspectionRoot root;
    static LedgerExport export;
    static XSSFWorkbook workbook;

    @BeforeAll
    static void export() throws Exception {
        Organisation organisation = new SampleGenerator().generate(SampleSettings.lDistrict());
        ResourceSet resourceSet = XmiWorkspaceStore.newResourceSet();
        Resource org = resourceSet.createResource(URI.createFileURI(temp.resolve("organisation.qinglian").toString()));
        org.getContents().add(organisation);
        root = InspectionFactory.eINSTANCE.createInspectionRoot();
        Resource part = resourceSet.createResource(URI.createFileURI(temp.resolve("inspection.qinglian").toString()));
        part.getContents().add(root);
        new InspectionSample(organisation).fill(root);
        export = new LedgerExport(new InspectionLabels(Locale.CHINA), FindingCategories.builtIn(), AS_OF);
        Path file = temp.resolve("整改台账.xlsx");
        export.write(root, file);
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @Test
    void twoSheetsWithChineseNames() {
        assertEquals(2, workbook.getNumberOfSheets());
        assertEquals("整改台账", workbook.getSheetName(0));
        assertEquals("投诉举报", workbook.getSheetName(1));
    }

    @Test
    void headerRowIsBoldAndNamesEveryColumn() {
        Row header = workbook.getSheetAt(0).getRow(0);
        List<String> expected = export.ledgerHeader();
        assertEquals(List.of("序号", "问题来源", "问题", "问题类别", "严重程度", "问题所在单位", "涉及人员", "整改措施",
                "整改责任岗位", "整改时限", "状态", "是否逾期", "最近变更人", "最近变更时间", "变更原因"), expected);
        for (int c = 0; c < expected.size(); c++) {
            Cell cell = header.getCell(c);
            assertEquals(expected.get(c), cell.getStringCellValue(), "header column " + c);
            assertTrue(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold(), "bold header " + c);
        }
    }

    @Test
    void everyRectificationRowMatchesTheLedgerCellByCell() {
        Sheet sheet = workbook.getSheetAt(0);
        List<LedgerRow> rows = export.rows(root);
        assertEquals(root.getRectifications().size(), rows.size());
        assertEquals(rows.size(), sheet.getLastRowNum());
        DataFormatter formatter = new DataFormatter(Locale.CHINA);
        for (int r = 0; r < rows.size(); r++) {
            LedgerRow expected = rows.get(r);
            Row row = sheet.getRow(r + 1);
            String where = "row " + (r + 2);
            assertEquals(CellType.NUMERIC, row.getCell(0).getCellType(), where);
            assertEquals(r + 1, (int) row.getCell(0).getNumericCellValue(), where);
            assertText(expected.source(), row.getCell(1), where);
            assertText(expected.finding(), row.getCell(2), where);
            assertText(expected.category(), row.getCell(3), where);
            assertText(expected.severity(), row.getCell(4), where);
            assertText(expected.unit(), row.getCell(5), where);
            assertText(expected.persons(), row.getCell(6), where);
            assertText(expected.measure(), row.getCell(7), where);
            assertText(expected.owner(), row.getCell(8), where);
            if (expected.deadline() == null) {
                assertNull(row.getCell(9), where + " has no deadline");
            } else {
                Cell deadline = row.getCell(9);
                assertTrue(DateUtil.isCellDateFormatted(deadline), where + " deadline is a date");
                assertEquals(expected.deadline(), deadline.getLocalDateTimeCellValue().toLocalDate(), where);
                assertEquals(expected.deadline().toString(), formatter.formatCellValue(deadline), where);
            }
            assertText(expected.state(), row.getCell(10), where);
            assertText(expected.overdue() ? "是" : "否", row.getCell(11), where);
            assertText(expected.lastBy(), row.getCell(12), where);
            assertText(expected.lastAt() == null ? "" : expected.lastAt().toString().replace('T', ' '), row.getCell(13),
                    where);
            assertText(expected.lastReason(), row.getCell(14), where);
        }
    }

    @Test
    void theLedgerShowsStatesAndOverdueItemsOfTheSample() {
        Sheet sheet = workbook.getSheetAt(0);
        long overdue = 0;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            overdue += "是".equals(sheet.getRow(r).getCell(11).getStringCellValue()) ? 1 : 0;
        }
        assertTrue(overdue > 0, "the sample has overdue rectifications");
        assertEquals("已销号", sheet.getRow(1).getCell(10).getStringCellValue());
        assertEquals("巡察：2018年第一轮巡察", sheet.getRow(1).getCell(1).getStringCellValue());
    }

    @Test
    void complaintRegisterHidesEveryComplainant() {
        Sheet sheet = workbook.getSheetAt(1);
        assertEquals("举报人", sheet.getRow(0).getCell(4).getStringCellValue());
        List<String> names = root.getComplaints().stream().map(Complaint::getComplainant).filter(Objects::nonNull)
                .map(c -> c.getName()).toList();
        assertFalse(names.isEmpty());
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Complaint complaint = root.getComplaints().get(r - 1);
            assertEquals(complaint.getNumber(), sheet.getRow(r).getCell(0).getStringCellValue());
            assertEquals(complaint.getReceivedOn(), sheet.getRow(r).getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(complaint.getComplainant() == null ? "（匿名）" : "（保密）",
                    sheet.getRow(r).getCell(4).getStringCellValue());
        }
        DataFormatter formatter = new DataFormatter();
        for (Sheet s : workbook) {
            for (Row row : s) {
                for (Cell cell : row) {
                    String text = formatter.formatCellValue(cell);
                    for (String name : names) {
                        assertFalse(text.contains(name), s.getSheetName() + "!" + cell.getAddress() + " names " + name);
                    }
                }
            }
        }
    }

    private static void assertText(String expected, Cell cell, String where) {
        if (expected.isEmpty()) {
            assertTrue(cell == null || cell.getStringCellValue().isEmpty(), where + " empty");
        } else {
            assertEquals(expected, cell.getStringCellValue(), where);
        }
    }
}
