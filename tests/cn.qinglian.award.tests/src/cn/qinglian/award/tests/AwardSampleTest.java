package cn.qinglian.award.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.award.AwardPart;
import cn.qinglian.award.election.ElectionEvaluation;
import cn.qinglian.award.election.ElectionResult;
import cn.qinglian.award.eligibility.Eligibility;
import cn.qinglian.award.eligibility.Exclusion;
import cn.qinglian.award.eligibility.rules.BuiltInEligibilityRules;
import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.model.ElectionStatus;
import cn.qinglian.award.scoring.Scoring;
import cn.qinglian.award.scoring.criteria.BuiltInScoringCriteria;
import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.core.persistence.FormatMigrations;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.sample.SampleGenerator;
import cn.qinglian.core.sample.SampleSettings;
import cn.qinglian.core.sample.SampleWorkspace;

/**
 * The award part of the L-district sample: past elections run through the real steps, the same on
 * every generation, and the shipped {@value #FILE} is exactly a fresh generation. After an intended
 * change, regenerate it with
 *
 * <pre>
 * QINGLIAN_REGENERATE_SAMPLE=1 ./mvnw -B verify -pl bundles/cn.qinglian.award,tests/cn.qinglian.award.tests -am
 * </pre>
 */
class AwardSampleTest {

    static final String FILE = "features/cn.qinglian.workbench.feature/rootfiles/common/samples/l-district/"
            + AwardPart.FILE_NAME;

    @TempDir
    static Path temp;

    private static WorkspaceModel fresh;
    private static Path root;

    @BeforeAll
    static void generate() throws Exception {
        root = Path.of(System.getProperty("qinglian.root", "../..")).toAbsolutePath().normalize();
        fresh = create(temp.resolve("first"));
        if (System.getenv("QINGLIAN_REGENERATE_SAMPLE") != null) {
            Files.copy(temp.resolve("first").resolve(AwardPart.FILE_NAME), root.resolve(FILE),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static WorkspaceModel create(Path folder) throws Exception {
        XmiWorkspaceStore store = new XmiWorkspaceStore(FormatMigrations.none(), List.of(new AwardPart()));
        return new SampleWorkspace(store).create(folder, new SampleGenerator().generate(SampleSettings.lDistrict()));
    }

    private static AwardBook book() {
        return WorkspaceParts.rootOf(fresh.organisation(), AwardBook.class).orElseThrow();
    }

    @Test
    void sampleHasNineMonthlyElectionsAndOneQuarterlyAllDecided() {
        List<String> elections = book().getElections().stream()
                .map(e -> e.getAwardType().getName() + " " + e.getPeriod() + " " + e.getStatus()).toList();
        assertEquals(10, elections.size(), elections.toString());
        assertEquals(9, elections.stream().filter(e -> e.startsWith("每月之星 2019-")).count(), elections.toString());
        assertTrue(elections.contains("业务标兵（季度） 2019-Q3 DECIDED"), elections.toString());
        for (Election election : book().getElections()) {
            assertEquals(ElectionStatus.DECIDED, election.getStatus(), election.getPeriod());
            assertEquals(1 + election.getNominations().size() + 1 + election.getVotes().size() + 1,
                    election.getSteps().size(), "every step is recorded");
        }
    }

    @Test
    void novemberReNominatesSeptembersWinnerWhoIsExcluded() {
        ElectionEvaluation evaluation = new ElectionEvaluation(new Eligibility(BuiltInEligibilityRules.all()),
                new Scoring(BuiltInScoringCriteria.all()));
        Election september = book().getElections().get(0);
        Election november = book().getElections().stream()
                .filter(e -> e.getScope() == september.getScope() && "2019-11".equals(e.getPeriod())).findFirst()
                .orElseThrow();
        ElectionResult result = evaluation.evaluate(fresh.organisation(), book(), november, Locale.SIMPLIFIED_CHINESE);
        List<Exclusion> exclusions = result.eligibility(september.getDecision().getWinners().get(0)).orElseThrow()
                .exclusions();
        assertEquals(List.of("award.no-repeat"), exclusions.stream().map(Exclusion::ruleId).toList());
        assertEquals(november.getDecision().getWinners(), result.proposedWinners(), "the recorded decision is reproduced");
    }

    @Test
    void generationIsRepeatable() throws Exception {
        create(temp.resolve("second"));
        assertArrayEquals(Files.readAllBytes(temp.resolve("first").resolve(AwardPart.FILE_NAME)),
                Files.readAllBytes(temp.resolve("second").resolve(AwardPart.FILE_NAME)));
    }

    @Test
    void shippedSampleIsAFreshGeneration() throws Exception {
        Path shipped = root.resolve(FILE);
        if (!Files.exists(shipped)) {
            fail(shipped + " is missing; regenerate it (see the class comment)");
        }
        List<String> want = Files.readAllLines(temp.resolve("first").resolve(AwardPart.FILE_NAME));
        List<String> have = Files.readAllLines(shipped);
        for (int i = 0; i < Math.min(want.size(), have.size()); i++) {
            assertEquals(want.get(i), have.get(i), FILE + " differs from a fresh generation at line " + (i + 1)
                    + "; regenerate it (see the class comment)");
        }
        assertEquals(want.size(), have.size(), FILE + " has another length than a fresh generation");
    }

    @Test
    void shippedSampleLoadsWithTheOrganisation() throws Exception {
        WorkspaceModel model = new XmiWorkspaceStore(FormatMigrations.none(), List.of(new AwardPart()))
                .load(root.resolve(FILE).getParent());
        AwardBook book = WorkspaceParts.rootOf(model.organisation(), AwardBook.class).orElseThrow();
        assertEquals(10, book.getElections().size());
        Election first = book.getElections().get(0);
        assertEquals(model.organisation(), first.getScope().eResource().getContents().get(0));
        assertTrue(first.getDecision().getWinners().get(0).getName().length() >= 2);
    }

    @Test
    void overviewCardCountsTheElectionsNotDecided() {
        cn.qinglian.award.AwardFigures source = new cn.qinglian.award.AwardFigures();
        assertEquals(List.of("进行中的评选=0"), source.figures(fresh.organisation(), java.time.LocalDate.of(2019, 12, 31),
                Locale.SIMPLIFIED_CHINESE).stream().map(f -> f.label() + "=" + f.value()).toList());
        Election open = cn.qinglian.award.election.Elections.create(book().getAwardTypes().get(0),
                book().getElections().get(0).getScope(), java.time.LocalDate.of(2019, 12, 1));
        book().getElections().add(open);
        try {
            cn.qinglian.core.dashboard.ContributedFigure figure = source.figures(fresh.organisation(),
                    java.time.LocalDate.of(2019, 12, 31), Locale.SIMPLIFIED_CHINESE).get(0);
            assertEquals(1, figure.value());
            assertEquals(List.of(open), figure.objects());
        } finally {
            book().getElections().remove(open);
        }
    }
}
