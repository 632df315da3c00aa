package cn.qinglian.inspection.validation;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.inspection.filing.FilingCrossCheck;
import cn.qinglian.inspection.filing.FilingCrossCheck.UnfiledInspection;
import cn.qinglian.inspection.model.InspectionRoot;

/** {@value #ID}: a complaint or finding about an enterprise inspection has a matching filing (报备). */
public final class UnfiledInspectionRule extends InspectionRule {

    public static final String ID = "inspection.unfiled-inspection";
    /** No filing for the inspection; data: the complaint or finding, the enterprise. */
    public static final int UNFILED = 1;

    public UnfiledInspectionRule() {
        super(ID, Diagnostic.WARNING);
    }

    @Override
    void check(InspectionRoot root, RuleContext context, InspectionLabels labels) {
        for (UnfiledInspection unfiled : new FilingCrossCheck(root).unfiled()) {
            context.report(UNFILED, message(context, "unfiled", labels.label(unfiled.source()),
                    labels.label(unfiled.enterprise()), unfiled.date().toString(),
                    unfiled.officer() == null ? "-" : labels.label(unfiled.officer())), unfiled.source(),
                    unfiled.enterprise());
        }
    }
}
