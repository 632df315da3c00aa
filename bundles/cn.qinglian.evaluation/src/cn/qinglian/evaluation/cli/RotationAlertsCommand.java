package cn.qinglian.evaluation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.qinglian.cli.Arguments;
import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.UsageException;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.preferences.QinglianPreferences;
import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.evaluation.EvaluationTexts;
import cn.qinglian.evaluation.export.EvaluationExports;
import cn.qinglian.evaluation.export.XlsxWriter;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.rotation.RotationAlert;
import cn.qinglian.evaluation.rotation.RotationAlerts;

/**
 * {@code qinglian rotation-alerts --workspace DIR [--years N] [--as-of yyyy-MM-dd] [--out FILE.xlsx]}:
 * the people due for rotation (交流轮岗), one per line:
 * {@code person<TAB>person-no<TAB>post-path<TAB>since<TAB>POST|UNIT<TAB>planned-date}, longest first; with
 * {@code --out} also as a workbook. {@code --years} defaults to the preference (10). Exit 0 with no alert,
 * 1 with alerts, 2 on bad input.
 */
public class RotationAlertsCommand implements SubCommand {

    @Override
    public int run(List<String> arguments, CommandContext context) throws UsageException {
        EvaluationTexts texts = new EvaluationTexts(context.locale());
        Arguments parsed = Arguments.parse(arguments, Set.of("workspace", "years", "as-of", "out"));
        if (!parsed.positional().isEmpty()) {
            throw new UsageException(String.join(" ", parsed.positional()));
        }
        Path folder = WorkspaceArguments.folder(parsed);
        int years = years(parsed.option("years"), texts);
        LocalDate asOf = WorkspaceArguments.asOf(parsed, texts);
        Optional<Path> out = WorkspaceArguments.out(parsed);
        WorkspaceModel model;
        try {
            model = XmiWorkspaceStore.installed().load(folder);
        } catch (WorkspaceException e) {
            context.err().println(e.getMessage());
            return BAD_INPUT;
        }
        Evaluation evaluation = model.part(Evaluation.class).orElse(null);
        List<RotationAlert> alerts = RotationAlerts.of(model.organisation(), evaluation, years, asOf);
        for (RotationAlert alert : alerts) {
            context.out().println(String.join("\t", field(alert.person().getName()), field(alert.person().getPersonId()),
                    field(ObjectPaths.path(alert.post())), alert.since().toString(), alert.scope().name(),
                    alert.plan() == null || alert.plan().getPlannedDate() == null ? ""
                            : alert.plan().getPlannedDate().toString()));
        }
        if (out.isPresent()) {
            try {
                XlsxWriter.write(out.get(), List.of(new EvaluationExports(texts).rotationAlerts(alerts, years, asOf)));
            } catch (IOException e) {
                context.err().println(texts.get("cli.cannotWrite", out.get(), e.getMessage()));
                return BAD_INPUT;
            }
            context.err().println(texts.get("cli.written", out.get()));
        }
        context.err().println(texts.get("cli.rotationAlerts.summary", alerts.size(), years, asOf.toString()));
        return alerts.isEmpty() ? OK : PROBLEMS_FOUND;
    }

    private static int years(Optional<String> value, EvaluationTexts texts) throws UsageException {
        if (value.isEmpty()) {
            return QinglianPreferences.instance().rotationThresholdYears();
        }
        try {
            int years = Integer.parseInt(value.get().strip());
            if (years >= QinglianPreferences.MIN_ROTATION_THRESHOLD_YEARS
                    && years <= QinglianPreferences.MAX_ROTATION_THRESHOLD_YEARS) {
                return years;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(texts.get("cli.badYears", value.get()));
    }

    private static String field(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
