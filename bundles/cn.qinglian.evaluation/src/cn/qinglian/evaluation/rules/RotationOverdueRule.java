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
 * {@value #ID}: people due for rotation (交流轮岗, in one post or unit for at least the rotation threshold
 * of the preferences) whose rotation is overdue: their planned rotation date has passed while they are
 * still there, or no rotation is planned at all.
 */
public final class RotationOverdueRule extends EvaluationRule {

    public static final String ID = "evaluation.rotation-overdue";

    /** A rotation plan whose date has passed; data: the plan, the person, the post. */
    public static final int PLAN_OVERDUE = 1;
    /** Due for rotation without a plan; data: the person, the post. */
    public static final int NOT_PLANNED = 2;

    private final IntSupplier years;

    public RotationOverdueRule() {
        this(() -> QinglianPreferences.instance().rotationThresholdYears());
    }

    /** With the threshold from {@code years} (tests). */
    public RotationOverdueRule(IntSupplier years) {
        super(ID, Diagnostic.WARNING);
        this.years = years;
    }

    @Override
    void check(Organisation organisation, Evaluation evaluation, RuleContext context) {
        int threshold = years.getAsInt();
        for (RotationAlert alert : RotationAlerts.of(organisation, evaluation, threshold, context.asOf())) {
            String person = alert.person().getName();
            if (alert.plan() == null) {
                context.report(NOT_PLANNED, message(context, "notPlanned", person, alert.post(), alert.since(), threshold),
                        alert.person(), alert.post());
            } else if (alert.planOverdue(context.asOf())) {
                context.report(PLAN_OVERDUE, message(context, "planOverdue", person, alert.post(),
                        alert.plan().getPlannedDate()), alert.plan(), alert.person(), alert.post());
            }
        }
    }
}
