package cn.qinglian.inspection.validation;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.inspection.cases.SecondInvestigations;
import cn.qinglian.inspection.model.Decision;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.InvestigationCase;
import cn.qinglian.inspection.model.LeaderInvestigation;

/**
 * {@value #ID}: every case has the second investigation of 一案双查 (the responsible leader), and once the
 * subject's decision is made the leaders' decisions are made too.
 */
public final class CaseSecondInvestigationRule extends InspectionRule {

    public static final String ID = "inspection.case-second-investigation";
    /** No leader investigation; data: the case, its subject. */
    public static final int NONE = 1;
    /** Subject decided, a leader not; data: the case, the leader investigation. */
    public static final int UNDECIDED = 2;

    public CaseSecondInvestigationRule() {
        super(ID, Diagnostic.WARNING);
    }

    @Override
    void check(InspectionRoot root, RuleContext context, InspectionLabels labels) {
        for (InvestigationCase c : root.getCases()) {
            if (!SecondInvestigations.hasSecondInvestigation(c)) {
                context.report(NONE, message(context, "none", labels.label(c), labels.label(c.getSubject())), c,
                        c.getSubject());
                continue;
            }
            if (c.getDecision() == Decision.PENDING) {
                continue;
            }
            for (LeaderInvestigation i : c.getSecondInvestigations()) {
                if (i.getDecision() == Decision.PENDING) {
                    context.report(UNDECIDED, message(context, "undecided", labels.label(c),
                            i.getLeader() == null ? labels.label(i.getLeaderPost()) : labels.label(i.getLeader()),
                            labels.of(c.getDecision())), c, i);
                }
            }
        }
    }
}
