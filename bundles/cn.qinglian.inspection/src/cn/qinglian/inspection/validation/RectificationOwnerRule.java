package cn.qinglian.inspection.validation;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.rectification.RectificationLifecycle;

/** {@value #ID}: an open rectification has an owner post and a deadline. */
public final class RectificationOwnerRule extends InspectionRule {

    public static final String ID = "inspection.rectification-owner";
    /** No owner post; data: the rectification, its finding. */
    public static final int NO_OWNER = 1;
    /** No deadline; data: the rectification, its finding. */
    public static final int NO_DEADLINE = 2;

    public RectificationOwnerRule() {
        super(ID, Diagnostic.WARNING);
    }

    @Override
    void check(InspectionRoot root, RuleContext context, InspectionLabels labels) {
        for (Rectification r : root.getRectifications()) {
            if (!RectificationLifecycle.isOpen(r)) {
                continue;
            }
            if (r.getOwnerPost() == null) {
                context.report(NO_OWNER, message(context, "noOwner", labels.label(r), labels.label(r.getFinding())), r,
                        r.getFinding());
            }
            if (r.getDeadline() == null) {
                context.report(NO_DEADLINE, message(context, "noDeadline", labels.label(r),
                        r.getOwnerPost() == null ? "-" : ObjectPaths.path(r.getOwnerPost())), r, r.getFinding());
            }
        }
    }
}
