package cn.qinglian.evaluation.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;

import cn.qinglian.core.dashboard.ContributedFigure;
import cn.qinglian.core.dashboard.FigureSource;
import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.core.preferences.QinglianPreferences;
import cn.qinglian.evaluation.EvaluationTexts;
import cn.qinglian.evaluation.accountability.AccountabilityRegister;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.rotation.RotationAlert;
import cn.qinglian.evaluation.rotation.RotationAlerts;
import cn.qinglian.evaluation.talks.TalkSchedule;
import cn.qinglian.model.Organisation;

/**
 * The evaluation module's cards on the overview: rotation alerts (the people, at the rotation threshold
 * of the preferences), talks overdue or due within {@value cn.qinglian.evaluation.talks.TalkStatus#REMINDER_DAYS}
 * days, and accountability records of the year of the date (not dismissed). Without the module's data
 * the talks and records count zero; rotation alerts need only the organisation.
 */
public final class EvaluationFigures implements FigureSource {

    public static final String ROTATION_ALERTS = "evaluation.rotation-alerts";
    public static final String TALKS_DUE = "evaluation.talks-due";
    public static final String ACCOUNTABILITY_THIS_YEAR = "evaluation.accountability-this-year";

    private final IntSupplier years;

    public EvaluationFigures() {
        this(() -> QinglianPreferences.instance().rotationThresholdYears());
    }

    public EvaluationFigures(IntSupplier years) {
        this.years = years;
    }

    @Override
    public List<ContributedFigure> figures(Organisation organisation, LocalDate asOf, Locale locale) {
        EvaluationTexts texts = new EvaluationTexts(locale);
        Optional<Evaluation> evaluation = WorkspaceParts.rootOf(organisation, Evaluation.class);
        int threshold = years.getAsInt();
        List<Object> alerted = RotationAlerts.of(organisation, evaluation.orElse(null), threshold, asOf).stream()
                .map(RotationAlert::person).distinct().map(Object.class::cast).toList();
        return List.of(
                ContributedFigure.of(ROTATION_ALERTS, texts.get("figure.rotationAlerts", threshold), alerted),
                ContributedFigure.of(TALKS_DUE, texts.get("figure.talksDue"),
                        evaluation.map(e -> TalkSchedule.reminders(e, asOf)).orElse(List.of())),
                ContributedFigure.of(ACCOUNTABILITY_THIS_YEAR, texts.get("figure.accountabilityThisYear", String.valueOf(asOf.getYear())),
                        evaluation.map(e -> AccountabilityRegister.inYear(e, asOf.getYear())).orElse(List.of())));
    }
}
