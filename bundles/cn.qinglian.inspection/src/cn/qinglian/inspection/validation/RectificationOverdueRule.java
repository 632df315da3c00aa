package cn.qinglian.inspection.validation;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.rectification.RectificationLifecycle;

/** {@value #ID}: a rectification not verified or closed by its deadline is overdue. */
public final class RectificationOverdueRule extends InspectionRule {

    public static final String ID = "inspection.rectification-overdue";
    /** Past the deadline; data: the rectification, its owner post. */
    public static final int OVERDUE = 1;

    public RectificationOverdueRule() {
        super(ID, Diagnostic.WARNING);
    }

    @Override
    void check(InspectionRoot root, RuleContext context, InspectionLabels labels) {
        for (Rectification r : root.getRectifications()) {
            if (RectificationLifecycle.isOverdue(r, context.asOf())) {
                long days = context.asOf().toEpochDay() - r.getDeadline().toEpochDay();
                context.report(OVERDUE, message(context, "overdue", labels.label(r), r.getDeadline().toString(), days,
                        labels.of(r.getState()), r.getOwnerPost() == null ? "-" : ObjectPaths.path(r.getOwnerPost())),
                        r, r.getOwnerPost());
            }
        }
    }
}
