package cn.qinglian.inspection.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.inspection.categories.FindingCategories;
import cn.qinglian.inspection.complaint.ComplainantIdentity;
import cn.qinglian.inspection.complaint.ComplaintDeadlines;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.Rectification;

/**
 * Exports the rectification ledger (整改台账) to XLSX: sheet 1 the ledger, one row per rectification in
 * model order; sheet 2 the complaint register with the complainant hidden ("（保密）"): exports never reveal
 * complainants. The file is written to a temporary file first and moved into place, so a failed export
 * leaves no half file.
 */
public final class LedgerExport {

    private final InspectionLabels labels;
    private final FindingCategories categories;
    private final LocalDate asOf;

    public LedgerExport(InspectionLabels labels, FindingCategories categories, LocalDate asOf) {
        this.labels = labels;
        this.categories = categories;
        this.asOf = asOf;
    }

    public List<LedgerRow> rows(InspectionRoot root) {
        List<LedgerRow> rows = new ArrayList<>();
        for (Rectification r : root.getRectifications()) {
            rows.add(LedgerRow.of(r, asOf, labels, categories));
        }
        return rows;
    }

    /** The column titles of the ledger sheet, in the labels' language. */
    public List<String> ledgerHeader() {
        return header("ledger.columns");
    }

    public List<String> complaintHeader() {
        return header("complaints.columns");
    }

    private List<String> header(String key) {
        return Arrays.asList(labels.text(key).split("\\|"));
    }

    public void write(InspectionRoot root, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".ledger", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                write(root, out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public void write(InspectionRoot root, OutputStream out) throws IOException {
        List<List<Object>> ledger = new ArrayList<>();
        int number = 1;
        for (LedgerRow row : rows(root)) {
            ledger.add(Arrays.asList(number++, row.source(), row.finding(), row.category(), row.severity(), row.unit(),
                    row.persons(), row.measure(), row.owner(), row.deadline(), row.state(),
                    labels.text(row.overdue() ? "yes" : "no"), row.lastBy(),
                    row.lastAt() == null ? null : row.lastAt().toString().replace('T', ' '), row.lastReason()));
        }
        ComplaintDeadlines deadlines = ComplaintDeadlines.of(root);
        List<List<Object>> complaints = new ArrayList<>();
        for (Complaint c : root.getComplaints()) {
            complaints.add(Arrays.asList(c.getNumber(), c.getReceivedOn(), labels.of(c.getChannel()),
                    labels.of(c.getComplainantType()), ComplainantIdentity.hidden(c, labels.locale()), c.getSummary(),
                    labels.label(c.getTargetUnit()), deadlines.acknowledgeBy(c), deadlines.handleBy(c),
                    labels.of(c.getStatus()), labels.text(c.isSuspended() ? "yes" : "no")));
        }
        new XlsxWorkbookWriter()
                .add(new XlsxWorkbookWriter.Sheet(labels.text("ledger.sheet"), ledgerHeader(),
                        List.of(6, 24, 28, 18, 8, 40, 14, 30, 40, 12, 8, 8, 12, 18, 30), ledger))
                .add(new XlsxWorkbookWriter.Sheet(labels.text("complaints.sheet"), complaintHeader(),
                        List.of(10, 12, 14, 12, 10, 40, 20, 12, 12, 10, 10), complaints))
                .write(out);
    }
}
