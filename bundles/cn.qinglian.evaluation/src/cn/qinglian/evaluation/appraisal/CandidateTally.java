package cn.qinglian.evaluation.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import cn.qinglian.evaluation.model.AppraisalGrade;
import cn.qinglian.model.Person;

/**
 * The votes one candidate received, per grade. Holds counts only: nothing in it leads back to a ballot.
 */
public record CandidateTally(Person candidate, Map<AppraisalGrade, Integer> counts) {

    public CandidateTally {
        EnumMap<AppraisalGrade, Integer> copy = new EnumMap<>(AppraisalGrade.class);
        for (AppraisalGrade grade : AppraisalGrade.values()) {
            copy.put(grade, counts.getOrDefault(grade, 0));
        }
        counts = Collections.unmodifiableMap(copy);
    }

    public int count(AppraisalGrade grade) {
        return counts.get(grade);
    }

    /** Ballots that marked this candidate. */
    public int marked() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Share of 优秀 and 称职 among the marks, in percent with one decimal; 0 without marks. */
    public BigDecimal competentPercent() {
        int marked = marked();
        if (marked == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(100L * (count(AppraisalGrade.EXCELLENT) + count(AppraisalGrade.COMPETENT)))
                .divide(BigDecimal.valueOf(marked), 1, RoundingMode.HALF_UP);
    }

    /** The grade with the most votes; on a tie the better grade. {@code null} without marks. */
    public AppraisalGrade leadingGrade() {
        AppraisalGrade leading = null;
        for (AppraisalGrade grade : AppraisalGrade.values()) {
            if (count(grade) > 0 && (leading == null || count(grade) > count(leading))) {
                leading = grade;
            }
        }
        return leading;
    }
}
