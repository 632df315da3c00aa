package cn.qinglian.inspection.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import cn.qinglian.core.export.WorkspaceExporter;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.inspection.categories.FindingCategoryRegistry;
import cn.qinglian.inspection.model.InspectionFactory;
import cn.qinglian.inspection.model.InspectionRoot;

/**
 * The rectification ledger (整改台账, with the complaints sheet; complainants always hidden) as the
 * exporter {@code inspection.ledger} of {@code qinglian export}.
 */
public class LedgerExporter implements WorkspaceExporter {

    @Override
    public String fileExtension() {
        return "xlsx";
    }

    @Override
    public String name(Locale locale) {
        return new InspectionLabels(locale).text("ledger.sheet");
    }

    @Override
    public String export(WorkspaceModel model, LocalDate asOf, Path file, Locale locale) throws IOException {
        InspectionLabels labels = new InspectionLabels(locale);
        InspectionRoot root = model.part(InspectionRoot.class)
                .orElseGet(InspectionFactory.eINSTANCE::createInspectionRoot);
        new LedgerExport(labels, new FindingCategoryRegistry().categories(), asOf).write(root, file);
        return String.format(labels.text("cli.written"), file, root.getRectifications().size());
    }
}
