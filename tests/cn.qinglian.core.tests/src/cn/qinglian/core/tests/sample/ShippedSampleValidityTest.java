package cn.qinglian.core.tests.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.query.ReportCompleteness;
import cn.qinglian.core.validation.WorkspaceValidator;
import cn.qinglian.core.validation.rules.BuiltInRules;

/** The workspace users open first loads through the store and passes every built-in rule. */
class ShippedSampleValidityTest {

    private static WorkspaceModel shipped() throws Exception {
        Path root = Path.of(System.getProperty("qinglian.root", "../..")).toAbsolutePath().normalize();
        return new XmiWorkspaceStore().load(root.resolve(ShippedSampleTest.SAMPLE_FOLDER));
    }

    @Test
    void shippedSampleHasNoValidationFindings() throws Exception {
        WorkspaceModel sample = shipped();
        Diagnostic result = new WorkspaceValidator(BuiltInRules.all())
                .validate(sample.organisation(), LocalDate.of(2019, 12, 31), Locale.ENGLISH);
        assertEquals(Diagnostic.OK, result.getSeverity(), () -> result.getChildren().stream().limit(10)
                .map(Diagnostic::getMessage).collect(Collectors.joining("\n")));
        assertEquals("L区", sample.descriptor().name());
    }

    @Test
    void shippedSampleHasLinesThatDidNotReportIn2019() throws Exception {
        WorkspaceModel sample = shipped();
        var gaps = new ReportCompleteness(cn.qinglian.core.query.OrganisationIndex.of(sample.organisation()))
                .missingReports(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
        assertTrue(!gaps.isEmpty(), "the sample is meant to show who has not reported");
    }
}
