package cn.qinglian.inspection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.FormatMigrations;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.sample.SampleGenerator;
import cn.qinglian.core.sample.SampleSettings;
import cn.qinglian.core.sample.SampleWorkspace;
import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.inspection.InspectionPart;
import cn.qinglian.inspection.categories.FindingCategories;
import cn.qinglian.inspection.export.LedgerExport;
import cn.qinglian.inspection.export.TourReport;
import cn.qinglian.inspection.export.TourReportHtml;
import cn.qinglian.inspection.export.TourReportPdf;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.InspectionRoot;

/** Exports of the sample: the ledger workbook, the tour report in HTML and PDF, and none names a complainant. */
class ExportTest {

    private static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);

    @TempDir
    static Path temp;
    static InspectionRoot root;
    static List<String> complainants;

    @BeforeAll
    static void sample() throws Exception {
        XmiWorkspaceStore store = new XmiWorkspaceStore(FormatMigrations.none(), List.of(new InspectionPart()));
        root = new SampleWorkspace(store).create(temp.resolve("ws"),
                new SampleGenerator().generate(SampleSettings.lDistrict())).part(InspectionRoot.class).orElseThrow();
        complainants = root.getComplaints().stream().map(Complaint::getComplainant).filter(Objects::nonNull)
                .map(c -> c.getName()).toList();
        assertTrue(complainants.size() > 30, "the sample names complainants: " + complainants.size());
    }

    private static String unzippedText(Path xlsx) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    @Test
    void ledgerWorkbookHasTheLedgerAndTheComplaintsButNoComplainant() throws Exception {
        Path xlsx = temp.resolve("ledger.xlsx");
        new LedgerExport(new InspectionLabels(Locale.CHINA), FindingCategories.builtIn(), AS_OF).write(root, xlsx);
        String text = unzippedText(xlsx);
        assertTrue(text.contains("整改台账") && text.contains("投诉举报"), "both sheets");
        assertTrue(text.contains("（保密）"));
        for (String name : complainants) {
            assertFalse(text.contains(name), "complainant " + name + " in the ledger workbook");
        }
    }

    @Test
    void sameLedgerGivesTheSameBytes() throws Exception {
        LedgerExport export = new LedgerExport(new InspectionLabels(Locale.CHINA), FindingCategories.builtIn(), AS_OF);
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        export.write(root, a);
        export.write(root, b);
        assertTrue(java.util.Arrays.equals(a.toByteArray(), b.toByteArray()));
    }

    @Test
    void tourReportInHtmlAndPdfWithChineseTextAndNoComplainant() throws Exception {
        InspectionLabels labels = new InspectionLabels(Locale.CHINA);
        TourReport report = TourReport.of(root, root.getTours().get(1), AS_OF, labels, FindingCategories.builtIn());
        Path html = temp.resolve("tour.html");
        TourReportHtml.write(report, labels.text("report.categories"), labels.text("report.findings"), html);
        Path pdf = temp.resolve("tour.pdf");
        TourReportPdf.write(report, labels.text("report.categories"), labels.text("report.findings"), pdf);
        String htmlText = Files.readString(html);
        assertTrue(htmlText.contains("巡察报告：2019年第一轮巡察"));
        String pdfText;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pdfText = new PDFTextStripper().getText(document);
        }
        assertTrue(pdfText.contains("巡察报告：2019年第一轮巡察"), pdfText.substring(0, Math.min(200, pdfText.length())));
        assertTrue(pdfText.contains("发现的问题及整改情况"));
        assertEquals(12, report.findings().size());
        for (String name : complainants) {
            assertFalse(htmlText.contains(name) || pdfText.contains(name), "complainant " + name + " in the tour report");
        }
    }
}
