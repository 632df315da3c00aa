package cn.qinglian.evaluation.criteria;

import java.time.LocalDate;

import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.AssessmentEntry;
import cn.qinglian.model.Organisation;

/**
 * What a {@link ComputedCriterion} measures: one entry (a unit or a person) of an assessment, in the
 * organisation the assessment belongs to.
 */
public record CriterionContext(Organisation organisation, Assessment assessment, AssessmentEntry entry) {

    /** The first day of the assessment's period (1 January of its year when not set). */
    public LocalDate from() {
        return assessment.getPeriodStart() != null ? assessment.getPeriodStart()
                : LocalDate.of(assessment.getYear(), 1, 1);
    }

    /** The last day of the assessment's period (31 December of its year when not set). */
    public LocalDate to() {
        return assessment.getPeriodEnd() != null ? assessment.getPeriodEnd()
                : LocalDate.of(assessment.getYear(), 12, 31);
    }

    /** Whether {@code date} lies in the period, both ends included. */
    public boolean inPeriod(LocalDate date) {
        return date != null && !date.isBefore(from()) && !date.isAfter(to());
    }
}
