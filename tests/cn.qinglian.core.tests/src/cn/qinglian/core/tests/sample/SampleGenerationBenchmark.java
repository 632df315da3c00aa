package cn.qinglian.core.tests.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.sample.SampleGenerator;
import cn.qinglian.core.sample.SampleSettings;
import cn.qinglian.core.sample.SampleSummary;
import cn.qinglian.core.sample.SampleWorkspace;
import cn.qinglian.model.Organisation;

/**
 * Measures generating and saving a city-sized workspace (default: 10 districts of 5,000 staff) as plain
 * Java, several rounds in one JVM; the first round includes warm-up. Not a unit test: run it by hand
 * after a build, from the repository root:
 *
 * <pre>
 * E=~/.m2/repository/org/eclipse/emf
 * java -cp bundles/cn.qinglian.model/target/classes:bundles/cn.qinglian.core/target/classes:\
 * tests/cn.qinglian.core.tests/target/classes:$E/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar:\
 * $E/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar:$E/org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar \
 *   cn.qinglian.core.tests.sample.SampleGenerationBenchmark [DISTRICTS STAFF_PER_DISTRICT ROUNDS]
 * </pre>
 */
public final class SampleGenerationBenchmark {

    private SampleGenerationBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        int districts = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 10;
        int staff = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 5_000;
        int rounds = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 3;
        SampleSettings settings = new SampleSettings(districts, staff, SampleSettings.DEFAULT_SEED);
        for (int round = 1; round <= rounds; round++) {
            Path folder = Files.createTempDirectory("qinglian-benchmark");
            long start = System.nanoTime();
            Organisation organisation = new SampleGenerator().generate(settings);
            long generated = System.nanoTime();
            new SampleWorkspace(new XmiWorkspaceStore()).create(folder, organisation);
            long saved = System.nanoTime();
            long bytes = Files.size(folder.resolve(XmiWorkspaceStore.ORGANISATION_FILE));
            System.out.printf("round %d: generate %.2f s, save %.2f s, total %.2f s, %.1f MB; %s%n", round,
                    (generated - start) / 1e9, (saved - generated) / 1e9, (saved - start) / 1e9, bytes / 1e6,
                    SampleSummary.of(organisation));
            delete(folder);
        }
    }

    private static void delete(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
