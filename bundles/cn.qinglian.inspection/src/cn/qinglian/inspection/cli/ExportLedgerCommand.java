package cn.qinglian.inspection.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import cn.qinglian.cli.Arguments;
import cn.qinglian.cli.CommandContext;
import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.inspection.categories.FindingCategories;
import cn.qinglian.inspection.export.LedgerExport;
import cn.qinglian.inspection.model.InspectionRoot;

/** {@code qinglian export-ledger --workspace DIR --out FILE.xlsx [--as-of DATE]}: the rectification ledger as XLSX. */
public class ExportLedgerCommand extends ExportCommand {

    @Override
    int export(InspectionRoot root, Arguments arguments, Path out, LocalDate asOf, InspectionLabels labels,
            FindingCategories categories, CommandContext context) throws IOException {
        new LedgerExport(labels, categories, asOf).write(root, out);
        return root.getRectifications().size();
    }
}
