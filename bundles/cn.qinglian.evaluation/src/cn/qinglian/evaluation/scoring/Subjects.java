package cn.qinglian.evaluation.scoring;

import cn.qinglian.evaluation.model.AssessmentEntry;

/** The subject (unit or person) of an assessment entry, for display. */
public final class Subjects {

    private Subjects() {
    }

    /** The person's or unit's name; "" when the entry names neither. */
    public static String name(AssessmentEntry entry) {
        if (entry.getPerson() != null && entry.getPerson().getName() != null) {
            return entry.getPerson().getName();
        }
        if (entry.getUnit() != null && entry.getUnit().getName() != null) {
            return entry.getUnit().getName();
        }
        return "";
    }
}
