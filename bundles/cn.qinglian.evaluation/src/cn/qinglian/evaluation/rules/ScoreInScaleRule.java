package cn.qinglian.evaluation.rules;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.AssessmentEntry;
import cn.qinglian.evaluation.model.Criterion;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.model.Score;
import cn.qinglian.evaluation.scoring.Subjects;
import cn.qinglian.model.Organisation;

/**
 * {@value #ID}: a score lies on its criterion's scale and belongs to a criterion of the assessment's
 * criteria set; an entry names a unit or a person.
 */
public final class ScoreInScaleRule extends EvaluationRule {

    public static final String ID = "evaluation.score-in-scale";

    /** A score outside [min, max]; data: the entry, the criterion. */
    public static final int OUT_OF_SCALE = 1;
    /** A score for a criterion not in the assessment's set; data: the entry, the criterion. */
    public static final int FOREIGN_CRITERION = 2;
    /** An entry naming neither a unit nor a person; data: the entry, the assessment. */
    public static final int NO_SUBJECT = 3;

    public ScoreInScaleRule() {
        super(ID, Diagnostic.ERROR);
    }

    @Override
    void check(Organisation organisation, Evaluation evaluation, RuleContext context) {
        for (Assessment assessment : evaluation.getAssessments()) {
            for (AssessmentEntry entry : assessment.getEntries()) {
                if (entry.getUnit() == null && entry.getPerson() == null) {
                    context.report(NO_SUBJECT, message(context, "noSubject", assessment.getName()), entry, assessment);
                }
                for (Score score : entry.getScores()) {
                    check(assessment, entry, score, context);
                }
            }
        }
    }

    private void check(Assessment assessment, AssessmentEntry entry, Score score, RuleContext context) {
        Criterion criterion = score.getCriterion();
        if (criterion == null) {
            return;
        }
        String subject = Subjects.name(entry);
        if (assessment.getCriteriaSet() == null || !assessment.getCriteriaSet().getCriteria().contains(criterion)) {
            context.report(FOREIGN_CRITERION, message(context, "foreignCriterion", assessment.getName(), subject,
                    criterion.getName()), entry, criterion);
        } else if (score.getValue() < criterion.getMinScore() || score.getValue() > criterion.getMaxScore()) {
            context.report(OUT_OF_SCALE, message(context, "outOfScale", assessment.getName(), subject,
                    criterion.getName(), score.getValue(), criterion.getMinScore(), criterion.getMaxScore()), entry,
                    criterion);
        }
    }
}
