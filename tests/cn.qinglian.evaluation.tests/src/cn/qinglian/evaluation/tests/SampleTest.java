package cn.qinglian.evaluation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.FormatMigrations;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.query.TenureLengths;
import cn.qinglian.core.sample.SampleGenerator;
import cn.qinglian.core.sample.SampleSettings;
import cn.qinglian.core.sample.SampleWorkspace;
import cn.qinglian.core.validation.WorkspaceValidator;
import cn.qinglian.evaluation.EvaluationPart;
import cn.qinglian.evaluation.appraisal.AppraisalResult;
import cn.qinglian.evaluation.appraisal.AppraisalTallies;
import cn.qinglian.evaluation.criteria.AccountabilityRecordsCriterion;
import cn.qinglian.evaluation.criteria.ComputedCriteria;
import cn.qinglian.evaluation.model.AccountabilityCategory;
import cn.qinglian.evaluation.model.AccountabilityRecord;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.rotation.RotationAlert;
import cn.qinglian.evaluation.rotation.RotationAlert.Scope;
import cn.qinglian.evaluation.rotation.RotationAlerts;
import cn.qinglian.evaluation.rules.BallotTokenRule;
import cn.qinglian.evaluation.rules.ScoreInScaleRule;
import cn.qinglian.evaluation.sample.EvaluationSample;
import cn.qinglian.evaluation.scoring.AssessmentScoring;
import cn.qinglian.evaluation.scoring.Ranking;
import cn.qinglian.evaluation.scoring.Rankings;
import cn.qinglian.model.Organisation;

/**
 * The evaluation data of the L-district sample: the shipped file is what {@link EvaluationSample} makes
 * now, and what it holds (rotation alerts, rankings, tallies, 末位) is what the module promises. When the
 * sample changed on purpose, regenerate the shipped file with:
 *
 * <pre>
 * QINGLIAN_REGENERATE_SAMPLE=1 ./mvnw -B verify -pl bundles/cn.qinglian.evaluation,tests/cn.qinglian.evaluation.tests -am
 * </pre>
 */
class SampleTest {

    static final String SAMPLE_FOLDER = "features/cn.qinglian.workbench.feature/rootfiles/common/samples/l-district";
    private static final String REGENERATE = "QINGLIAN_REGENERATE_SAMPLE=1 ./mvnw -B verify "
            + "-pl bundles/cn.qinglian.evaluation,tests/cn.qinglian.evaluation.tests -am";

    @TempDir
    static Path temp;

    private static Path shipped;
    private static Path fresh;
    private static WorkspaceModel model;
    private static Evaluation evaluation;

    @BeforeAll
    static void generateAfresh() throws Exception {
        Path root = Path.of(System.getProperty("qinglian.root", "../..")).toAbsolutePath().normalize();
        shipped = root.resolve(SAMPLE_FOLDER);
        fresh = temp.resolve("l-district");
        Organisation organisation = new SampleGenerator().generate(SampleSettings.lDistrict());
        XmiWorkspaceStore store = new XmiWorkspaceStore(FormatMigrations.none(), List.of(new EvaluationPart()));
        new SampleWorkspace(store).create(fresh, organisation);
        if (System.getenv("QINGLIAN_REGENERATE_SAMPLE") != null) {
            Files.copy(fresh.resolve(EvaluationPart.FILE_NAME), shipped.resolve(EvaluationPart.FILE_NAME),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        model = store.load(shipped);
        evaluation = model.part(Evaluation.class).orElseThrow();
    }

    @Test
    void shippedEvaluationFileIsWhatTheSampleMakes() throws IOException {
        Path committed = shipped.resolve(EvaluationPart.FILE_NAME);
        if (!Files.exists(committed)) {
            fail(committed + " is missing; create it with: " + REGENERATE);
        }
        List<String> want = Files.readAllLines(fresh.resolve(EvaluationPart.FILE_NAME), StandardCharsets.UTF_8);
        List<String> have = Files.readAllLines(committed, StandardCharsets.UTF_8);
        int line = 0;
        while (line < want.size() && line < have.size() && want.get(line).equals(have.get(line))) {
            line++;
        }
        if (line < want.size() || line < have.size()) {
            fail(committed + " differs from a fresh generation at line " + (line + 1) + "; if intended: " + REGENERATE);
        }
    }

    @Test
    void rotationAlertsOnTheSampleNamePeopleOverTenYearsInOnePost() {
        List<RotationAlert> alerts = RotationAlerts.of(model.organisation(), evaluation, 10, EvaluationSample.AS_OF);
        List<RotationAlert> inOnePost = alerts.stream().filter(a -> a.scope() == Scope.POST).toList();
        assertTrue(inOnePost.size() >= 5, "people over 10 years in one post: " + inOnePost.size());
        for (RotationAlert alert : inOnePost) {
            assertTrue(TenureLengths.inPost(alert.person(), alert.post(), EvaluationSample.AS_OF)
                    .atLeastYears(10, EvaluationSample.AS_OF), alert.person().getName());
            assertTrue(alert.length().getYears() >= 10, alert.person().getName() + " " + alert.length());
        }
        assertTrue(inOnePost.stream().anyMatch(a -> a.length().getYears() > 10));
        // the longest stint first; the first three carry the sample's rotation plans, the first one overdue
        assertTrue(alerts.get(0).since().compareTo(alerts.get(alerts.size() - 1).since()) <= 0);
        assertEquals(3, evaluation.getRotationPlans().size());
        assertEquals(evaluation.getRotationPlans().get(0), alerts.get(0).plan());
        assertTrue(alerts.get(0).planOverdue(EvaluationSample.AS_OF));
        // a higher threshold alerts fewer people
        assertTrue(RotationAlerts.of(model.organisation(), evaluation, 15, EvaluationSample.AS_OF).size() < alerts.size());
    }

    @Test
    void yearEndRankingProposesTheLastStationOfEachCompetentDepartment() {
        Rankings rankings = new Rankings(new AssessmentScoring(model.organisation(), ComputedCriteria.of(
                Map.of(AccountabilityRecordsCriterion.ID, new AccountabilityRecordsCriterion()))));
        var yearEnd = evaluation.getAssessments().get(1);
        List<Ranking> groups = rankings.of(yearEnd);
        assertTrue(groups.size() >= 5, "groups: " + groups.size());
        List<AccountabilityRecord> lastPlaces = evaluation.getAccountabilityRecords().stream()
                .filter(r -> r.getCategory() == AccountabilityCategory.LAST_PLACE).toList();
        long groupsLargerThanOne = groups.stream().filter(g -> g.places().size() > 1).count();
        assertTrue(lastPlaces.size() >= groupsLargerThanOne);
        for (Ranking group : groups) {
            if (group.places().size() > 1) {
                var last = group.places().get(group.places().size() - 1).score().entry().getUnit();
                assertTrue(lastPlaces.stream().anyMatch(r -> r.getUnit() == last), group.group());
            }
        }
        assertTrue(group(groups, 0).places().stream().allMatch(p -> p.score().complete()));
    }

    private static Ranking group(List<Ranking> groups, int index) {
        return groups.get(index);
    }

    @Test
    void appraisalParticipationIsThirtySixOfForty() {
        AppraisalResult result = AppraisalTallies.of(evaluation.getAppraisals().get(0));
        assertEquals(36, result.ballots());
        assertEquals(new BigDecimal("90.0"), result.participationPercent());
        assertTrue(result.tallies().size() >= 2);
        result.tallies().forEach(t -> assertEquals(36, t.marked()));
    }

    @Test
    void everyCategoryOfAccountabilityIsInTheSample() {
        for (AccountabilityCategory category : AccountabilityCategory.values()) {
            assertTrue(evaluation.getAccountabilityRecords().stream().anyMatch(r -> r.getCategory() == category),
                    category.getName());
        }
    }

    @Test
    void sampleScoresAndBallotsPassTheirRules() {
        Diagnostic result = new WorkspaceValidator(List.of(new ScoreInScaleRule(), new BallotTokenRule()))
                .validate(model.organisation(), EvaluationSample.AS_OF, Locale.ENGLISH);
        assertEquals(List.of(), result.getChildren().stream().map(Diagnostic::getMessage).toList());
    }

    @Test
    void sampleHasTalksDueAndOverdueOnItsDay() {
        var statuses = evaluation.getTalks().stream()
                .map(t -> cn.qinglian.evaluation.talks.TalkStatus.of(t, EvaluationSample.AS_OF)).distinct().toList();
        assertTrue(statuses.containsAll(List.of(cn.qinglian.evaluation.talks.TalkStatus.values())), statuses.toString());
    }
}
