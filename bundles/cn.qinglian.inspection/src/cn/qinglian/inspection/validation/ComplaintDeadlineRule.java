package cn.qinglian.inspection.validation;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.inspection.complaint.ComplaintDeadlines;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.InspectionRoot;

/** {@value #ID}: a complaint is acknowledged and handled within its fast-track deadlines (快查快处). */
public final class ComplaintDeadlineRule extends InspectionRule {

    public static final String ID = "inspection.complaint-deadline";
    /** Not handled by the handle deadline; data: the complaint. */
    public static final int HANDLING_OVERDUE = 1;
    /** Not acknowledged by the acknowledge deadline (and not yet past the handle deadline); data: the complaint. */
    public static final int ACKNOWLEDGEMENT_OVERDUE = 2;

    public ComplaintDeadlineRule() {
        super(ID, Diagnostic.ERROR);
    }

    @Override
    void check(InspectionRoot root, RuleContext context, InspectionLabels labels) {
        ComplaintDeadlines deadlines = ComplaintDeadlines.of(root);
        for (Complaint c : root.getComplaints()) {
            if (deadlines.handlingOverdue(c, context.asOf())) {
                context.report(HANDLING_OVERDUE, message(context, "handle", labels.label(c),
                        deadlines.handleBy(c).toString(), labels.of(c.getComplainantType()), labels.of(c.getChannel())),
                        c);
            } else if (deadlines.acknowledgementOverdue(c, context.asOf())) {
                context.report(ACKNOWLEDGEMENT_OVERDUE, message(context, "acknowledge", labels.label(c),
                        deadlines.acknowledgeBy(c).toString()), c);
            }
        }
    }
}
