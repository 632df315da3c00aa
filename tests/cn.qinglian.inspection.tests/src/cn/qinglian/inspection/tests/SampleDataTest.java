package cn.qinglian.inspection.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.FormatMigrations;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.sample.SampleGenerator;
import cn.qinglian.core.sample.SampleSettings;
import cn.qinglian.core.sample.SampleWorkspace;
import cn.qinglian.inspection.InspectionPart;
import cn.qinglian.inspection.categories.FindingCategories;
import cn.qinglian.inspection.categories.FindingCategory;
import cn.qinglian.inspection.model.ComplainantType;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.ComplaintChannel;
import cn.qinglian.inspection.model.EnterpriseInspectionFiling;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.FindingSource;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.RectificationState;
import cn.qinglian.inspection.pledge.PledgeCoverage;
import cn.qinglian.inspection.sample.InspectionSample;

/**
 * The inspection data of the L-district sample: the seed's figures, every type of complaint and finding,
 * and the shipped file equal to a fresh generation. When the generator changed on purpose, regenerate with
 * {@code QINGLIAN_REGENERATE_SAMPLE=1 ./mvnw -B verify -pl bundles/cn.qinglian.inspection,tests/cn.qinglian.inspection.tests -am}
 * and commit {@value #SHIPPED}.
 */
class SampleDataTest {

    static final String SHIPPED = "features/cn.qinglian.workbench.feature/rootfiles/common/samples/l-district/"
            + InspectionPart.FILE_NAME;

    @TempDir
    static Path temp;
    static WorkspaceModel sample;
    static InspectionRoot root;

    @BeforeAll
    static void generate() throws Exception {
        XmiWorkspaceStore store = new XmiWorkspaceStore(FormatMigrations.none(), List.of(new InspectionPart()));
        new SampleWorkspace(store).create(temp.resolve("fresh"),
                new SampleGenerator().generate(SampleSettings.lDistrict()));
        sample = store.load(temp.resolve("fresh"));
        root = sample.part(InspectionRoot.class).orElseThrow();
        if (System.getenv("QINGLIAN_REGENERATE_SAMPLE") != null) {
            Files.copy(temp.resolve("fresh").resolve(InspectionPart.FILE_NAME), repository().resolve(SHIPPED),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static Path repository() {
        return Path.of(System.getProperty("qinglian.root", "../..")).toAbsolutePath().normalize();
    }

    @Test
    void filingsCoverMoreThanAThousandEnterprises() {
        assertTrue(root.getEnterpriseFilings().size() >= 1100, "filings: " + root.getEnterpriseFilings().size());
        Set<Object> enterprises = root.getEnterpriseFilings().stream().map(EnterpriseInspectionFiling::getEnterprise)
                .collect(Collectors.toSet());
        assertTrue(enterprises.size() >= 1000, "enterprises: " + enterprises.size());
        EnterpriseInspectionFiling first = root.getEnterpriseFilings().get(0);
        assertFalse(first.getOfficer().eIsProxy(), "officer resolved across files");
        assertEquals(sample.organisation().eResource(), first.getOfficer().eResource());
        assertFalse(root.getBanquetFilings().isEmpty());
    }

    @Test
    void fifteenLiaisonStationsAnd801Signers() {
        assertEquals(15, root.getLiaisonStations().size());
        assertTrue(root.getLiaisonStations().stream().allMatch(s -> !s.getVisits().isEmpty() && !s.getFeedback().isEmpty()));
        assertEquals(801, root.getSignatures().size());
        assertEquals(801, new HashSet<>(root.getSignatures().stream().map(s -> s.getPerson()).toList()).size());
        PledgeCoverage.Coverage coverage = PledgeCoverage.of(root, sample.organisation(), InspectionSample.AS_OF);
        assertEquals(2, coverage.current().getVersion());
        assertEquals(801, coverage.inScope().size());
        assertEquals(InspectionSample.OLD_VERSION_SIGNATURES, coverage.unsigned().size());
    }

    @Test
    void complaintsOfEveryChannelAndComplainantType() {
        assertEquals(EnumSet.allOf(ComplaintChannel.class),
                root.getComplaints().stream().map(Complaint::getChannel).collect(Collectors.toCollection(
                        () -> EnumSet.noneOf(ComplaintChannel.class))));
        assertEquals(EnumSet.allOf(ComplainantType.class),
                root.getComplaints().stream().map(Complaint::getComplainantType).collect(Collectors.toCollection(
                        () -> EnumSet.noneOf(ComplainantType.class))));
        assertTrue(root.getComplaints().stream().anyMatch(Complaint::isSuspended));
    }

    @Test
    void findingsOfEveryCategoryAndSource() {
        assertEquals(FindingCategories.BUILT_IN.stream().map(FindingCategory::id).collect(Collectors.toSet()),
                root.getFindings().stream().map(Finding::getCategory).collect(Collectors.toSet()));
        assertEquals(Set.of(FindingSource.TOUR, FindingSource.COMPLAINT, FindingSource.LIAISON_STATION,
                FindingSource.FILING_CROSS_CHECK), root.getFindings().stream().map(Finding::getSource)
                        .collect(Collectors.toSet()));
        assertEquals(root.getFindings().size(), root.getRectifications().size());
        assertEquals(EnumSet.allOf(RectificationState.class), root.getRectifications().stream()
                .map(r -> r.getState()).collect(Collectors.toCollection(() -> EnumSet.noneOf(RectificationState.class))));
        assertEquals(3, root.getTours().size());
        assertFalse(root.getCases().isEmpty());
    }

    @Test
    void shippedFileIsWhatTheGeneratorProduces() throws Exception {
        Path shipped = repository().resolve(SHIPPED);
        if (!Files.exists(shipped)) {
            fail(shipped + " is missing; regenerate with QINGLIAN_REGENERATE_SAMPLE=1");
        }
        byte[] fresh = Files.readAllBytes(temp.resolve("fresh").resolve(InspectionPart.FILE_NAME));
        byte[] have = Files.readAllBytes(shipped);
        if (!Arrays.equals(fresh, have)) {
            assertArrayEquals(fresh, have, SHIPPED + " differs from a fresh generation; regenerate with "
                    + "QINGLIAN_REGENERATE_SAMPLE=1");
        }
    }
}
