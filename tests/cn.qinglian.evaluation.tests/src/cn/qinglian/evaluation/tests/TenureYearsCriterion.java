package cn.qinglian.evaluation.tests;

import cn.qinglian.core.query.TenureLengths;
import cn.qinglian.evaluation.criteria.ComputedCriterion;
import cn.qinglian.evaluation.criteria.CriterionContext;
import cn.qinglian.evaluation.model.AssessmentEntry;

/** Test contribution: full years the entry's person has served in their first post up to the period's end. */
public class TenureYearsCriterion implements ComputedCriterion {

    @Override
    public double measure(CriterionContext context) {
        AssessmentEntry entry = context.entry();
        if (entry.getPerson() == null || entry.getPerson().getTenures().isEmpty()) {
            return Double.NaN;
        }
        return TenureLengths.inPost(entry.getPerson(), entry.getPerson().getTenures().get(0).getPost(), context.to())
                .currentPeriod(context.to()).getYears();
    }
}
