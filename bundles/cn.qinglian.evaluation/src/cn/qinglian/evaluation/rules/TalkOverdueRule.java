package cn.qinglian.evaluation.rules;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.model.ScheduledTalk;
import cn.qinglian.evaluation.talks.TalkSchedule;
import cn.qinglian.model.Organisation;

/** {@value #ID}: a scheduled talk (定时约谈) that was not held by its due date. */
public final class TalkOverdueRule extends EvaluationRule {

    public static final String ID = "evaluation.talk-overdue";

    /** Not held and past due; data: the talk, the officer. */
    public static final int OVERDUE = 1;

    public TalkOverdueRule() {
        super(ID, Diagnostic.WARNING);
    }

    @Override
    void check(Organisation organisation, Evaluation evaluation, RuleContext context) {
        for (ScheduledTalk talk : TalkSchedule.overdue(evaluation, context.asOf())) {
            String officer = talk.getOfficer() == null ? "?" : talk.getOfficer().getName();
            context.report(OVERDUE, message(context, "overdue", officer, talk.getDueDate()), talk, talk.getOfficer());
        }
    }
}
