package cn.qinglian.evaluation.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import cn.qinglian.core.sample.SampleGenerator;
import cn.qinglian.core.sample.SampleSettings;
import cn.qinglian.core.validation.WorkspaceValidator;
import cn.qinglian.evaluation.EvaluationPart;
import cn.qinglian.evaluation.criteria.AccountabilityRecordsCriterion;
import cn.qinglian.evaluation.criteria.ComputedCriteria;
import cn.qinglian.evaluation.dashboard.EvaluationFigures;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.rotation.RotationAlerts;
import cn.qinglian.evaluation.rules.RotationOverdueRule;
import cn.qinglian.evaluation.rules.TalkOverdueRule;
import cn.qinglian.evaluation.scoring.AssessmentScoring;
import cn.qinglian.evaluation.scoring.Rankings;
import cn.qinglian.model.Organisation;

/**
 * Harness, not a test: the evaluation module on a generated city of 10 districts × 5,000 staff (50,000
 * people): sample data, rotation alerts, the overview figures, the rules, a ranking. Two warm-up runs,
 * then five measured; prints the median and the range. Run with
 * {@code QINGLIAN_BENCHMARK=1 ./mvnw -B verify -pl bundles/cn.qinglian.evaluation,tests/cn.qinglian.evaluation.tests -am};
 * figures go to docs/benchmarks.md.
 */
@EnabledIfEnvironmentVariable(named = "QINGLIAN_BENCHMARK", matches = "1")
class EvaluationBenchmarkTest {

    private static final int WARM_UP = 2;
    private static final int RUNS = 5;

    @Test
    void fiftyThousandStaff() {
        Town town = new Town(); // its resource set holds the evaluation next to the organisation
        Organisation organisation = new SampleGenerator().generate(new SampleSettings(10, 5_000, 7));
        town.organisation.eResource().getContents().set(0, organisation);
        LocalDate asOf = LocalDate.of(2019, 12, 31);
        System.out.printf("EvaluationBenchmark: %d people%n", organisation.getPeople().size());
        measure("fillSample", () -> {
            Evaluation evaluation = (Evaluation) new EvaluationPart().createRoot(organisation);
            new EvaluationPart().fillSample(evaluation, organisation);
            return evaluation.getTalks().size();
        });
        town.evaluation.getTalks().clear();
        new EvaluationPart().fillSample(town.evaluation, organisation);
        measure("rotation alerts (10 years)", () -> RotationAlerts.of(organisation, town.evaluation, 10, asOf).size());
        measure("overview figures", () -> new EvaluationFigures(() -> 10).figures(organisation, asOf, Locale.CHINESE).size());
        measure("rules talk-overdue + rotation-overdue", () -> new WorkspaceValidator(
                List.of(new TalkOverdueRule(), new RotationOverdueRule(() -> 10))).validate(organisation, asOf, Locale.CHINESE)
                .getChildren().size());
        Rankings rankings = new Rankings(new AssessmentScoring(organisation, ComputedCriteria.of(
                java.util.Map.of(AccountabilityRecordsCriterion.ID, new AccountabilityRecordsCriterion()))));
        measure("year-end ranking of every station", () -> rankings.of(town.evaluation.getAssessments().get(1)).size());
    }

    private static void measure(String what, Supplier<Integer> work) {
        int result = 0;
        for (int i = 0; i < WARM_UP; i++) {
            result = work.get();
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = work.get();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        System.out.printf("EvaluationBenchmark: %-40s median %5d ms (min %d, max %d), result %d%n", what,
                millis.get(RUNS / 2), millis.get(0), millis.get(RUNS - 1), result);
    }
}
