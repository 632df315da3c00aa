package cn.qinglian.evaluation.ui.views;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;

import cn.qinglian.core.preferences.QinglianPreferences;
import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.evaluation.EvaluationTexts;
import cn.qinglian.evaluation.export.EvaluationExports;
import cn.qinglian.evaluation.export.Sheet;
import cn.qinglian.evaluation.model.EvaluationFactory;
import cn.qinglian.evaluation.model.EvaluationPackage;
import cn.qinglian.evaluation.model.RotationPlan;
import cn.qinglian.evaluation.rotation.RotationAlert;
import cn.qinglian.evaluation.rotation.RotationAlerts;
import cn.qinglian.evaluation.ui.Messages;

/**
 * 交流轮岗: the people in one post or unit for at least the rotation threshold of the preferences, longest
 * first, with their planned rotation; plans a rotation (in three months) for the selected people.
 */
public class RotationAlertsView extends EvaluationView {

    public static final String ID = "cn.qinglian.evaluation.ui.views.rotation";

    private TableViewer table;

    @Override
    void createHeader(Composite header) {
        button(header, Messages.get("planRotation"), this::planRotation);
    }

    @Override
    void createContent(Composite parent) {
        table = table(parent);
        EvaluationTexts texts = new EvaluationTexts(Locale.getDefault());
        column(table, Messages.get("column.person"), 80, RotationAlert.class, a -> a.person().getName());
        column(table, Messages.get("column.post"), 260, RotationAlert.class, a -> ObjectPaths.path(a.post()));
        column(table, Messages.get("column.scope"), 80, RotationAlert.class, a -> texts.get("scope." + a.scope().name()));
        column(table, Messages.get("column.since"), 90, RotationAlert.class, RotationAlert::since);
        column(table, Messages.get("column.years"), 60, RotationAlert.class, a -> BigDecimal.valueOf(a.length().toTotalMonths())
                .divide(BigDecimal.valueOf(12), 1, RoundingMode.DOWN));
        column(table, Messages.get("column.plannedDate"), 100, RotationAlert.class,
                a -> a.plan() == null ? null : a.plan().getPlannedDate() + (a.planOverdue(asOf()) ? " " + Messages.get("overdue") : ""));
        getSite().setSelectionProvider(new PersonSelection(table));
    }

    int years() {
        return QinglianPreferences.instance().rotationThresholdYears();
    }

    List<RotationAlert> alerts() {
        return session().organisation() == null ? List.of()
                : RotationAlerts.of(session().organisation(), evaluation().orElse(null), years(), asOf());
    }

    @Override
    void refresh() {
        List<RotationAlert> alerts = alerts();
        table.setInput(alerts);
        status(Messages.get("rotationAlerts", alerts.size(), years()));
    }

    private void planRotation() {
        if (evaluation().isEmpty()) {
            return;
        }
        List<RotationPlan> plans = new ArrayList<>();
        for (Object element : table.getStructuredSelection().toList()) {
            if (element instanceof RotationAlert alert && alert.plan() == null) {
                RotationPlan plan = EvaluationFactory.eINSTANCE.createRotationPlan();
                plan.setId(UUID.randomUUID().toString());
                plan.setPerson(alert.person());
                plan.setFromPost(alert.post());
                plan.setPlannedDate(asOf().plusMonths(3));
                plans.add(plan);
            }
        }
        if (!plans.isEmpty()) {
            execute(AddCommand.create(session().editingDomain(), evaluation().get(),
                    EvaluationPackage.Literals.EVALUATION__ROTATION_PLANS, plans));
        }
    }

    @Override
    List<Sheet> sheets(EvaluationTexts texts) {
        return List.of(new EvaluationExports(texts).rotationAlerts(alerts(), years(), asOf()));
    }
}
