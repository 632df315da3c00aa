package cn.qinglian.core.validation.rules;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;

/**
 * {@value #ID}: a MUTUAL line (班子成员与“一把手”相互报告) joins the HEAD post of a unit and a
 * LEADERSHIP_MEMBER post of the same unit, in either direction.
 */
public final class MutualPairRule extends BuiltInRule {

    public static final String ID = "line.mutual-pair";

    /** A mutual line between other posts; data: the line, its from end, its to end. */
    public static final int NOT_HEAD_AND_MEMBER = 1;

    public MutualPairRule() {
        super(ID, Diagnostic.ERROR);
    }

    @Override
    public void check(Organisation organisation, RuleContext context) {
        for (ReportingLine line : organisation.getReportingLines()) {
            if (line.getKind() == ReportingKind.MUTUAL && line.getFrom() != null && line.getTo() != null
                    && !isHeadAndMember(line)) {
                context.report(NOT_HEAD_AND_MEMBER, message(context, "invalid", line), line, line.getFrom(),
                        line.getTo());
            }
        }
    }

    private static boolean isHeadAndMember(ReportingLine line) {
        if (!(line.getFrom() instanceof Post from) || !(line.getTo() instanceof Post to)) {
            return false;
        }
        boolean pair = from.getRole() == PostRole.HEAD && to.getRole() == PostRole.LEADERSHIP_MEMBER
                || from.getRole() == PostRole.LEADERSHIP_MEMBER && to.getRole() == PostRole.HEAD;
        return pair && from.getUnit() != null && from.getUnit() == to.getUnit();
    }
}
