package cn.qinglian.evaluation.criteria;

import cn.qinglian.evaluation.model.AccountabilityRecord;
import cn.qinglian.evaluation.model.AccountabilityStatus;
import cn.qinglian.evaluation.model.AssessmentEntry;
import cn.qinglian.evaluation.model.Evaluation;

/**
 * {@value #ID}: the number of accountability records (not dismissed) dated in the assessment's period
 * against the entry's person, or, for a unit, against the unit itself. Records of 末位 proposed by the
 * same assessment are not counted (they follow from the ranking and must not feed back into it).
 */
public final class AccountabilityRecordsCriterion implements ComputedCriterion {

    public static final String ID = "evaluation.accountability-records";

    @Override
    public double measure(CriterionContext context) {
        AssessmentEntry entry = context.entry();
        if (!(context.assessment().eContainer() instanceof Evaluation evaluation)) {
            return Double.NaN;
        }
        int count = 0;
        for (AccountabilityRecord record : evaluation.getAccountabilityRecords()) {
            boolean subject = entry.getPerson() != null ? record.getPerson() == entry.getPerson()
                    : entry.getUnit() != null && record.getUnit() == entry.getUnit();
            if (subject && record.getStatus() != AccountabilityStatus.DISMISSED && context.inPeriod(record.getDate())
                    && record.getAssessment() != context.assessment()) {
                count++;
            }
        }
        return count;
    }
}
