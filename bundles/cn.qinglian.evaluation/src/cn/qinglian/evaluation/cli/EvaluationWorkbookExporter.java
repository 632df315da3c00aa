package cn.qinglian.evaluation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import cn.qinglian.core.export.WorkspaceExporter;
import cn.qinglian.core.export.XlsxWriter;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.preferences.QinglianPreferences;
import cn.qinglian.evaluation.EvaluationTexts;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.model.EvaluationFactory;

/**
 * The evaluation workbook (a sheet per assessment and appraisal, the accountability register, rotation
 * alerts, talks, duty reports) as the exporter {@code evaluation.workbook} of {@code qinglian export};
 * the same workbook as {@code qinglian evaluation-export}.
 */
public class EvaluationWorkbookExporter implements WorkspaceExporter {

    @Override
    public String fileExtension() {
        return "xlsx";
    }

    @Override
    public String name(Locale locale) {
        return new EvaluationTexts(locale).get("export.workbookName");
    }

    @Override
    public String export(WorkspaceModel model, LocalDate asOf, Path file, Locale locale) throws IOException {
        EvaluationTexts texts = new EvaluationTexts(locale);
        Evaluation evaluation = model.part(Evaluation.class).orElseGet(EvaluationFactory.eINSTANCE::createEvaluation);
        XlsxWriter.write(file, EvaluationExportCommand.sheets(model, evaluation, texts, asOf,
                QinglianPreferences.instance().rotationThresholdYears()));
        return texts.get("cli.written", file);
    }
}
