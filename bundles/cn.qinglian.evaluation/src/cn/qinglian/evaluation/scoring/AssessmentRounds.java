package cn.qinglian.evaluation.scoring;

import java.time.LocalDate;
import java.util.function.Supplier;

import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.AssessmentEntry;
import cn.qinglian.evaluation.model.AssessmentKind;
import cn.qinglian.evaluation.model.EvaluationFactory;

/**
 * Starts a new assessment round from an earlier one: the same criteria set, subjects, ranking groups and
 * number of last places, no scores; the period is the first half of the year for a mid-year check, the
 * whole year for a year-end assessment. The name is "<year>年<kind>" followed by what the earlier name
 * says in brackets, e.g. "2020年年中检查（基层站所）". Not yet in the model: add it with a command.
 */
public final class AssessmentRounds {

    private AssessmentRounds() {
    }

    public static Assessment next(Assessment template, AssessmentKind kind, int year, String kindLabel,
            Supplier<String> newId) {
        Assessment round = EvaluationFactory.eINSTANCE.createAssessment();
        round.setId(newId.get());
        round.setKind(kind);
        round.setYear(year);
        round.setPeriodStart(LocalDate.of(year, 1, 1));
        round.setPeriodEnd(kind == AssessmentKind.MID_YEAR_CHECK ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31));
        round.setCriteriaSet(template.getCriteriaSet());
        round.setLastPlaces(template.getLastPlaces());
        round.setName(year + "年" + kindLabel + bracketed(template.getName()));
        for (AssessmentEntry entry : template.getEntries()) {
            AssessmentEntry copy = EvaluationFactory.eINSTANCE.createAssessmentEntry();
            copy.setId(newId.get());
            copy.setUnit(entry.getUnit());
            copy.setPerson(entry.getPerson());
            copy.setRankingGroup(entry.getRankingGroup());
            round.getEntries().add(copy);
        }
        return round;
    }

    private static String bracketed(String name) {
        if (name == null) {
            return "";
        }
        int open = name.indexOf('（');
        return open >= 0 && name.endsWith("）") ? name.substring(open) : "";
    }
}
