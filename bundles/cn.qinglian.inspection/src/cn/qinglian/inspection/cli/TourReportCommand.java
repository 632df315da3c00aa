package cn.qinglian.inspection.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import cn.qinglian.cli.Arguments;
import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.UsageException;
import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.inspection.categories.FindingCategories;
import cn.qinglian.inspection.export.TourReport;
import cn.qinglian.inspection.export.TourReportHtml;
import cn.qinglian.inspection.export.TourReportPdf;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.InspectionTour;

/**
 * {@code qinglian tour-report --workspace DIR --tour NAME --out FILE.pdf|FILE.html [--as-of DATE]}: the report
 * of one inspection tour, as PDF (Chinese font embedded) or HTML.
 */
public class TourReportCommand extends ExportCommand {

    @Override
    Set<String> extraOptions() {
        return Set.of("tour");
    }

    @Override
    int export(InspectionRoot root, Arguments arguments, Path out, LocalDate asOf, InspectionLabels labels,
            FindingCategories categories, CommandContext context) throws IOException, UsageException {
        String name = arguments.required("tour");
        InspectionTour tour = root.getTours().stream().filter(t -> name.equals(t.getName())).findFirst().orElse(null);
        if (tour == null) {
            context.err().println(String.format(labels.text("cli.noTour"), name,
                    String.join(", ", root.getTours().stream().map(InspectionTour::getName).toList())));
            return -1;
        }
        TourReport report = TourReport.of(root, tour, asOf, labels, categories);
        String categoriesHeading = labels.text("report.categories");
        String findingsHeading = labels.text("report.findings");
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html")) {
            TourReportHtml.write(report, categoriesHeading, findingsHeading, out);
        } else {
            TourReportPdf.write(report, categoriesHeading, findingsHeading, out);
        }
        return report.findings().size();
    }
}
