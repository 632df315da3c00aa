package cn.qinglian.evaluation.rules;

import java.util.function.IntSupplier;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.preferences.QinglianPreferences;
import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.rotation.RotationAlert;
import cn.qinglian.evaluation.rotation.RotationAlerts;
import cn.qinglian.model.Organisation;

/**
 * {@value #ID}: people due for rotation (交流轮岗: in one post or unit for at least the rotation threshold
 * of the preferences) for whom no rotation is planned. Information only: the rotation alerts view lists
 * them, {@link RotationOverdueRule} warns when a plan's date passes.
 */
public final class RotationDueRule extends EvaluationRule {

    public static final String ID = "evaluation.rotation-due";

    /** Due for rotation without a plan; data: the person, the post. */
    public static final int NOT_PLANNED = 1;

    private final IntSupplier years;

    public RotationDueRule() {
        this(() -> QinglianPreferences.instance().rotationThresholdYears());
    }

    /** With the threshold from {@code years} (tests). */
    public RotationDueRule(IntSupplier years) {
        super(ID, Diagnostic.INFO);
        this.years = years;
    }

    @Override
    void check(Organisation organisation, Evaluation evaluation, RuleContext context) {
        int threshold = years.getAsInt();
        for (RotationAlert alert : RotationAlerts.of(organisation, evaluation, threshold, context.asOf())) {
            if (alert.plan() == null) {
                context.report(NOT_PLANNED, message(context, "notPlanned", alert.person().getName(), alert.post(),
                        alert.since(), threshold), alert.person(), alert.post());
            }
        }
    }
}
