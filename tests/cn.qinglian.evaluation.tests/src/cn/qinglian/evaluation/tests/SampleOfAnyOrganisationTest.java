package cn.qinglian.evaluation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.qinglian.core.sample.SampleGenerator;
import cn.qinglian.core.sample.SampleSettings;
import cn.qinglian.evaluation.EvaluationPart;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.QinglianFactory;

/**
 * generate-sample fills every installed part for whatever organisation it makes: a city of several
 * districts, or a tiny or empty organisation, must get evaluation data without failing.
 */
class SampleOfAnyOrganisationTest {

    private static Evaluation fill(Organisation organisation) {
        EvaluationPart part = new EvaluationPart();
        Evaluation evaluation = (Evaluation) part.createRoot(organisation);
        part.fillSample(evaluation, organisation);
        return evaluation;
    }

    @Test
    void aCityOfTwoDistrictsGetsAssessmentsAndTalks() {
        Organisation city = new SampleGenerator().generate(new SampleSettings(2, 400, 7));
        Evaluation evaluation = fill(city);
        assertTrue(evaluation.getAssessments().size() >= 2);
        assertTrue(evaluation.getAssessments().get(1).getEntries().size() > 0);
    }

    @Test
    void anEmptyOrganisationGetsOnlyTheCriteriaSetsAndEmptyRounds() {
        Organisation empty = QinglianFactory.eINSTANCE.createOrganisation();
        empty.setId("empty");
        Evaluation evaluation = fill(empty);
        assertEquals(2, evaluation.getCriteriaSets().size());
        assertEquals(List.of(), evaluation.getAccountabilityRecords());
        assertEquals(List.of(), evaluation.getTalks());
    }

    @Test
    void theTestTownGetsDataWithoutFailing() {
        Town town = Town.standard();
        Evaluation evaluation = fill(town.organisation);
        assertEquals(1, evaluation.getTalks().size());
    }
}
