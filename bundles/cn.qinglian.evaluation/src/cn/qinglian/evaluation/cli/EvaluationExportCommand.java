package cn.qinglian.evaluation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Platform;

import cn.qinglian.cli.Arguments;
import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.UsageException;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.preferences.QinglianPreferences;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.evaluation.EvaluationTexts;
import cn.qinglian.evaluation.accountability.AccountabilityRegister;
import cn.qinglian.evaluation.criteria.ComputedCriterionRegistry;
import cn.qinglian.evaluation.export.EvaluationExports;
import cn.qinglian.evaluation.export.Sheet;
import cn.qinglian.evaluation.export.XlsxWriter;
import cn.qinglian.evaluation.model.Appraisal;
import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.model.EvaluationFactory;
import cn.qinglian.evaluation.rotation.RotationAlerts;
import cn.qinglian.evaluation.scoring.AssessmentScoring;
import cn.qinglian.evaluation.scoring.Rankings;
import cn.qinglian.evaluation.talks.TalkSchedule;

/**
 * {@code qinglian evaluation-export --workspace DIR --out FILE.xlsx [--as-of yyyy-MM-dd]}: one workbook
 * with a sheet per assessment (ranking), per appraisal (tallies), and the accountability register,
 * rotation alerts, talks and duty reports. Exit 0, or 2 on bad input.
 */
public class EvaluationExportCommand implements SubCommand {

    @Override
    public int run(List<String> arguments, CommandContext context) throws UsageException {
        EvaluationTexts texts = new EvaluationTexts(context.locale());
        Arguments parsed = Arguments.parse(arguments, Set.of("workspace", "as-of", "out"));
        Path folder = WorkspaceArguments.folder(parsed);
        Path out = Path.of(parsed.required("out")).toAbsolutePath().normalize();
        LocalDate asOf = WorkspaceArguments.asOf(parsed, texts);
        WorkspaceModel model;
        try {
            model = XmiWorkspaceStore.installed().load(folder);
        } catch (WorkspaceException e) {
            context.err().println(e.getMessage());
            return BAD_INPUT;
        }
        Evaluation evaluation = model.part(Evaluation.class).orElseGet(EvaluationFactory.eINSTANCE::createEvaluation);
        int years = QinglianPreferences.instance().rotationThresholdYears();
        try {
            XlsxWriter.write(out, sheets(model, evaluation, texts, asOf, years));
        } catch (IOException e) {
            context.err().println(texts.get("cli.cannotWrite", out, e.getMessage()));
            return BAD_INPUT;
        }
        context.err().println(texts.get("cli.written", out));
        return OK;
    }

    static List<Sheet> sheets(WorkspaceModel model, Evaluation evaluation, EvaluationTexts texts, LocalDate asOf,
            int years) {
        EvaluationExports exports = new EvaluationExports(texts);
        Rankings rankings = new Rankings(new AssessmentScoring(model.organisation(),
                new ComputedCriterionRegistry(Platform.getExtensionRegistry())));
        List<Sheet> sheets = new ArrayList<>();
        for (Assessment assessment : evaluation.getAssessments()) {
            sheets.add(exports.rankings(assessment, rankings));
        }
        for (Appraisal appraisal : evaluation.getAppraisals()) {
            sheets.add(exports.appraisal(appraisal));
        }
        sheets.add(exports.accountability(AccountabilityRegister.all(evaluation)));
        sheets.add(exports.rotationAlerts(RotationAlerts.of(model.organisation(), evaluation, years, asOf), years, asOf));
        sheets.add(exports.talks(TalkSchedule.all(evaluation), asOf));
        sheets.add(exports.dutyReports(List.copyOf(evaluation.getDutyReports())));
        return sheets;
    }
}
