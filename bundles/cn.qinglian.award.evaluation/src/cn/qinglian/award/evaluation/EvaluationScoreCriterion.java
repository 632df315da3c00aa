package cn.qinglian.award.evaluation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;

import cn.qinglian.award.scoring.CriterionValue;
import cn.qinglian.award.scoring.ScoringContext;
import cn.qinglian.award.scoring.ScoringCriterion;
import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.evaluation.EvaluationTexts;
import cn.qinglian.evaluation.criteria.ComputedCriteria;
import cn.qinglian.evaluation.criteria.ComputedCriterionRegistry;
import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.AssessmentEntry;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.scoring.AssessmentScoring;
import cn.qinglian.evaluation.scoring.EntryScore;
import cn.qinglian.model.Person;

/**
 * {@code evaluation.score}: the nominee's total (0–100, as the evaluation module computes it) in the
 * latest assessment that ended by the last day of the period; 0 when they have no entry there. Applies
 * when such an assessment exists.
 */
public final class EvaluationScoreCriterion implements ScoringCriterion {

    public static final String ID = "evaluation.score";

    private final ComputedCriteria computed;

    /** With the computed criteria contributed to the running platform (none outside OSGi). */
    public EvaluationScoreCriterion() {
        this(Platform.isRunning() ? new ComputedCriterionRegistry(Platform.getExtensionRegistry()) : ComputedCriteria.none());
    }

    public EvaluationScoreCriterion(ComputedCriteria computed) {
        this.computed = computed;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return Texts.format(locale, "evaluationScore");
    }

    @Override
    public boolean applies(ScoringContext context) {
        return latest(context).isPresent();
    }

    @Override
    public CriterionValue value(Person nominee, ScoringContext context) {
        Optional<Assessment> assessment = latest(context);
        if (assessment.isEmpty()) {
            return new CriterionValue(0, Texts.format(context.locale(), "evaluationScore.none"));
        }
        String name = assessment.get().getYear() + " "
                + new EvaluationTexts(context.locale()).label(assessment.get().getKind());
        for (AssessmentEntry entry : assessment.get().getEntries()) {
            if (entry.getPerson() == nominee) {
                EntryScore score = new AssessmentScoring(context.organisation(), computed).score(assessment.get(), entry);
                double points = Math.max(0, Math.min(100, score.total().doubleValue()));
                return new CriterionValue(points, Texts.format(context.locale(), "evaluationScore.entry", name,
                        score.total().toPlainString()));
            }
        }
        return new CriterionValue(0, Texts.format(context.locale(), "evaluationScore.noEntry", name));
    }

    private static Optional<Assessment> latest(ScoringContext context) {
        LocalDate asOf = context.election().getPeriodEnd();
        return WorkspaceParts.rootOf(context.organisation(), Evaluation.class).flatMap(root -> root.getAssessments()
                .stream().filter(a -> a.getPeriodEnd() != null && asOf != null && !a.getPeriodEnd().isAfter(asOf))
                .max(Comparator.comparing(Assessment::getPeriodEnd)));
    }
}
