package cn.qinglian.evaluation.tests;

import java.util.UUID;

import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.AssessmentEntry;
import cn.qinglian.evaluation.model.AssessmentKind;
import cn.qinglian.evaluation.model.CriteriaSet;
import cn.qinglian.evaluation.model.Criterion;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.model.EvaluationFactory;
import cn.qinglian.evaluation.model.Score;
import cn.qinglian.model.Person;
import cn.qinglian.model.QinglianFactory;

/** Builds assessment rounds for tests: a criteria set, an assessment, entries with scores. */
final class Rounds {

    private static final EvaluationFactory FACTORY = EvaluationFactory.eINSTANCE;

    private Rounds() {
    }

    static CriteriaSet criteriaSet(Evaluation evaluation, String name) {
        CriteriaSet set = FACTORY.createCriteriaSet();
        set.setId(UUID.randomUUID().toString());
        set.setName(name);
        evaluation.getCriteriaSets().add(set);
        return set;
    }

    static Criterion criterion(CriteriaSet set, String name, double weight, double min, double max) {
        Criterion criterion = FACTORY.createCriterion();
        criterion.setId(UUID.randomUUID().toString());
        criterion.setName(name);
        criterion.setWeight(weight);
        criterion.setMinScore(min);
        criterion.setMaxScore(max);
        set.getCriteria().add(criterion);
        return criterion;
    }

    static Assessment assessment(Evaluation evaluation, String name, CriteriaSet set) {
        Assessment assessment = FACTORY.createAssessment();
        assessment.setId(UUID.randomUUID().toString());
        assessment.setName(name);
        assessment.setKind(AssessmentKind.YEAR_END_ASSESSMENT);
        assessment.setYear(2019);
        assessment.setCriteriaSet(set);
        evaluation.getAssessments().add(assessment);
        return assessment;
    }

    /** An entry for a new person named {@code name} (not in any organisation: names are all scoring needs). */
    static AssessmentEntry entry(Assessment assessment, String name, String group, Object... criterionThenValue) {
        Person person = QinglianFactory.eINSTANCE.createPerson();
        person.setId(UUID.randomUUID().toString());
        person.setName(name);
        return entry(assessment, person, group, criterionThenValue);
    }

    static AssessmentEntry entry(Assessment assessment, Person person, String group, Object... criterionThenValue) {
        AssessmentEntry entry = FACTORY.createAssessmentEntry();
        entry.setId(UUID.randomUUID().toString());
        entry.setPerson(person);
        entry.setRankingGroup(group);
        for (int i = 0; i < criterionThenValue.length; i += 2) {
            Score score = FACTORY.createScore();
            score.setCriterion((Criterion) criterionThenValue[i]);
            score.setValue(((Number) criterionThenValue[i + 1]).doubleValue());
            entry.getScores().add(score);
        }
        assessment.getEntries().add(entry);
        return entry;
    }
}
