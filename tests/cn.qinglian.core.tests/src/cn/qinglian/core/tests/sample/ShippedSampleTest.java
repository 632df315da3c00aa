package cn.qinglian.core.tests.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.sample.SampleGenerator;
import cn.qinglian.core.sample.SampleRoster;
import cn.qinglian.core.sample.SampleSettings;
import cn.qinglian.core.sample.SampleSummary;
import cn.qinglian.core.sample.SampleWorkspace;
import cn.qinglian.model.Organisation;

/**
 * The L district sample shipped with the product and its roster CSV are exactly what the generator
 * produces now, so they can never drift from it.
 *
 * <p>When the generator (or the XMI store's save options) changed on purpose, regenerate both files
 * with one command from the repository root:
 *
 * <pre>
 * QINGLIAN_REGENERATE_SAMPLE=1 ./mvnw -B verify -pl bundles/cn.qinglian.core,tests/cn.qinglian.core.tests -am
 * </pre>
 *
 * and commit {@value #SAMPLE_FOLDER}/organisation.qinglian and {@value #ROSTER}.
 */
class ShippedSampleTest {

    static final String SAMPLE_FOLDER = "features/cn.qinglian.workbench.feature/rootfiles/common/samples/l-district";
    static final String ROSTER = "examples/roster/l-district.csv";
    private static final String REGENERATE = "QINGLIAN_REGENERATE_SAMPLE=1 ./mvnw -B verify "
            + "-pl bundles/cn.qinglian.core,tests/cn.qinglian.core.tests -am";

    @TempDir
    static Path temp;

    private static Path root;
    private static Path fresh;

    @BeforeAll
    static void generateAfresh() throws Exception {
        root = Path.of(System.getProperty("qinglian.root", "../..")).toAbsolutePath().normalize();
        fresh = temp.resolve("l-district");
        Organisation organisation = new SampleGenerator().generate(SampleSettings.lDistrict());
        new SampleWorkspace(new XmiWorkspaceStore()).create(fresh, organisation);
        SampleRoster.write(organisation, fresh.resolve("l-district.csv"));
        if (System.getenv("QINGLIAN_REGENERATE_SAMPLE") != null) {
            Files.copy(fresh.resolve(XmiWorkspaceStore.ORGANISATION_FILE),
                    root.resolve(SAMPLE_FOLDER).resolve(XmiWorkspaceStore.ORGANISATION_FILE),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(root.resolve(ROSTER).getParent());
            Files.copy(fresh.resolve("l-district.csv"), root.resolve(ROSTER), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void shippedOrganisationIsWhatTheGeneratorProduces() throws IOException {
        assertSameContent(fresh.resolve(XmiWorkspaceStore.ORGANISATION_FILE),
                root.resolve(SAMPLE_FOLDER).resolve(XmiWorkspaceStore.ORGANISATION_FILE));
    }

    @Test
    void rosterExampleIsWhatTheGeneratorProduces() throws IOException {
        assertSameContent(fresh.resolve("l-district.csv"), root.resolve(ROSTER));
    }

    @Test
    void shippedSampleOpensAsTheLDistrictWorkspace() throws Exception {
        WorkspaceModel model = new XmiWorkspaceStore().load(root.resolve(SAMPLE_FOLDER));
        assertEquals("L区", model.descriptor().name());
        assertEquals("L区", model.organisation().getName());
        SampleSummary summary = SampleSummary.of(model.organisation());
        assertEquals(801, summary.pledgeSigners());
        assertEquals(List.of(), new SampleRules(model.organisation()).reportsMatchLineEndsAndTenures());
    }

    private static void assertSameContent(Path expected, Path committed) throws IOException {
        if (!Files.exists(committed)) {
            fail(committed + " is missing; create it with: " + REGENERATE);
        }
        byte[] want = Files.readAllBytes(expected);
        byte[] have = Files.readAllBytes(committed);
        if (java.util.Arrays.equals(want, have)) {
            return;
        }
        List<String> wantLines = new String(want, StandardCharsets.UTF_8).lines().toList();
        List<String> haveLines = new String(have, StandardCharsets.UTF_8).lines().toList();
        int line = 0;
        while (line < wantLines.size() && line < haveLines.size() && wantLines.get(line).equals(haveLines.get(line))) {
            line++;
        }
        fail(committed + " differs from a fresh generation at line " + (line + 1) + ":\n  committed: "
                + (line < haveLines.size() ? haveLines.get(line) : "(end of file)") + "\n  generated: "
                + (line < wantLines.size() ? wantLines.get(line) : "(end of file)")
                + "\nIf the change is intended, regenerate it with: " + REGENERATE);
    }
}
