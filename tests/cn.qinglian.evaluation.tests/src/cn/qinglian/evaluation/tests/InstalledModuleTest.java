package cn.qinglian.evaluation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.cli.CommandContext;
import cn.qinglian.core.dashboard.ContributedFigure;
import cn.qinglian.core.dashboard.FigureSourceRegistry;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.roster.RosterReader;
import cn.qinglian.core.validation.ValidationRuleRegistry;
import cn.qinglian.evaluation.EvaluationPart;
import cn.qinglian.evaluation.cli.EvaluationExportCommand;
import cn.qinglian.evaluation.cli.RotationAlertsCommand;
import cn.qinglian.evaluation.criteria.ComputedCriterionRegistry;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.sample.EvaluationSample;

/** What the installed module contributes through the extension registry, used as the product uses it. */
class InstalledModuleTest {

    private static final Path SAMPLE = Path.of(System.getProperty("qinglian.root", "../..")).toAbsolutePath()
            .normalize().resolve(SampleTest.SAMPLE_FOLDER);

    @TempDir
    Path folder;

    @Test
    void theInstalledStoreLoadsTheEvaluationPartOfTheSample() throws Exception {
        assertTrue(XmiWorkspaceStore.installed().parts().stream().anyMatch(p -> p instanceof EvaluationPart));
        WorkspaceModel model = XmiWorkspaceStore.installed().load(SAMPLE);
        assertEquals(3, model.part(Evaluation.class).orElseThrow().getAssessments().size());
    }

    @Test
    void computedCriteriaAreReadFromTheRegistryAndBrokenOnesLeftOut() {
        ComputedCriterionRegistry registry = new ComputedCriterionRegistry(Platform.getExtensionRegistry());
        assertTrue(registry.find("evaluation.accountability-records").isPresent());
        assertTrue(registry.find("test.tenure-years").isPresent());
        assertTrue(registry.find("test.no-such-class").isEmpty());
        assertTrue(registry.all().stream().anyMatch(c -> c.name().equals("Years in the unit")));
    }

    @Test
    void rulesAndFiguresAreContributed() throws Exception {
        List<String> ids = new ValidationRuleRegistry(Platform.getExtensionRegistry()).rules().stream()
                .map(r -> r.id()).toList();
        assertTrue(ids.containsAll(List.of("evaluation.talk-overdue", "evaluation.rotation-overdue",
                "evaluation.score-in-scale", "evaluation.ballot-token")), ids.toString());
        WorkspaceModel model = XmiWorkspaceStore.installed().load(SAMPLE);
        List<ContributedFigure> figures = new FigureSourceRegistry(Platform.getExtensionRegistry())
                .figures(model.organisation(), EvaluationSample.AS_OF, Locale.CHINESE);
        List<String> labels = figures.stream().filter(f -> f.id().startsWith("evaluation."))
                .map(f -> f.id() + " " + f.label()).toList();
        assertEquals(List.of("evaluation.rotation-alerts 交流轮岗提醒（满10年）", "evaluation.talks-due 约谈到期",
                "evaluation.accountability-this-year 2019年问责"), labels);
        assertTrue(figures.stream().filter(f -> f.id().startsWith("evaluation.")).allMatch(f -> f.value() > 0));
    }

    @Test
    void rotationAlertsCommandPrintsOneLinePerPersonAndWritesTheWorkbook() throws Exception {
        Path out = folder.resolve("alerts.xlsx");
        Output output = new Output();
        int code = new RotationAlertsCommand().run(List.of("--workspace", SAMPLE.toString(), "--years", "10",
                "--as-of", "2019-12-31", "--out", out.toString()), output);
        assertEquals(1, code);
        List<String> lines = output.printed().lines().toList();
        assertTrue(lines.size() >= 5, output.printed());
        assertEquals(6, lines.get(0).split("\t", -1).length, lines.get(0));
        assertTrue(output.messages().contains("人满10年应交流轮岗"), output.messages());
        var rows = new RosterReader().read(out).rows();
        assertEquals("人员", rows.get(0).cell(0));
        assertEquals(lines.get(0).split("\t")[0], rows.get(1).cell(0));
    }

    @Test
    void badYearsAreAUsageError() {
        org.junit.jupiter.api.Assertions.assertThrows(cn.qinglian.cli.UsageException.class,
                () -> new RotationAlertsCommand().run(List.of("--workspace", SAMPLE.toString(), "--years", "0"),
                        new Output()));
    }

    @Test
    void evaluationExportWritesEverySheet() throws Exception {
        Path out = folder.resolve("evaluation.xlsx");
        assertEquals(0, new EvaluationExportCommand().run(List.of("--workspace", SAMPLE.toString(), "--as-of",
                "2019-12-31", "--out", out.toString()), new Output()));
        assertTrue(Files.size(out) > 1000);
    }

    /** A command context that keeps what is printed, in Chinese. */
    static final class Output implements CommandContext {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

        @Override
        public PrintStream out() {
            return outStream;
        }

        @Override
        public PrintStream err() {
            return errStream;
        }

        @Override
        public Locale locale() {
            return Locale.CHINESE;
        }

        String printed() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String messages() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }
}
