package cn.qinglian.core.tests.validation;

import static cn.qinglian.core.tests.LDistrict.AS_OF;
import static cn.qinglian.core.tests.LDistrict.STATION;
import static cn.qinglian.core.tests.LDistrict.STREET;
import static cn.qinglian.core.tests.LDistrict.STREET_HEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.core.validation.ValidationRule;
import cn.qinglian.core.validation.WorkspaceValidator;
import cn.qinglian.core.validation.rules.BuiltInRules;
import cn.qinglian.core.validation.rules.SingleHeadRule;
import cn.qinglian.core.validation.rules.StationSupervisionRule;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.QinglianPackage;

class WorkspaceValidatorTest {

    private final WorkspaceValidator validator = new WorkspaceValidator(BuiltInRules.all());

    /** The district with one error (东街道 has no head) and one warning (the station has no department). */
    private static OrganisationBuilder withErrorAndWarning() {
        OrganisationBuilder district = LDistrict.builder();
        district.tenure("P010", STREET_HEAD).setEnd(LocalDate.of(2024, 1, 1));
        district.unit(STATION).setCompetentDepartment(null);
        return district;
    }

    private static List<String> sources(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream().map(d -> d.getSource() + "/" + d.getCode()).toList();
    }

    @Test
    void consistentDistrictHasNoProblems() {
        Diagnostic result = validator.validate(LDistrict.builder().build(), AS_OF, Locale.ENGLISH);
        assertEquals(Diagnostic.OK, result.getSeverity());
        assertEquals(List.of(), result.getChildren());
    }

    @Test
    void rootNamesTheOrganisationAndCarriesTheWorstSeverity() {
        Organisation organisation = withErrorAndWarning().build();
        Diagnostic english = validator.validate(organisation, AS_OF, Locale.ENGLISH);
        assertEquals(Diagnostic.ERROR, english.getSeverity());
        assertEquals(WorkspaceValidator.DIAGNOSTIC_SOURCE, english.getSource());
        assertEquals("Validation of organisation:L区 as of 2024-06-30", english.getMessage());
        assertEquals(List.of(organisation), english.getData());
        assertEquals(List.of("unit.single-head/1", "station.supervision/1"), sources(english));
        assertEquals("校验 organisation:L区（截至 2024-06-30）",
                validator.validate(organisation, AS_OF, Locale.SIMPLIFIED_CHINESE).getMessage());
    }

    @Test
    void warningsAloneMakeAWarning() {
        OrganisationBuilder district = LDistrict.builder();
        district.unit(STATION).setCompetentDepartment(null);
        assertEquals(Diagnostic.WARNING, validator.validate(district.build(), AS_OF, Locale.ENGLISH).getSeverity());
    }

    @Test
    void aFailingRuleIsReportedAndTheOthersStillRun() {
        ValidationRule broken = new ValidationRule() {
            @Override
            public String id() {
                return "test.broken";
            }

            @Override
            public int defaultSeverity() {
                return Diagnostic.ERROR;
            }

            @Override
            public void check(Organisation organisation, RuleContext context) {
                throw new IllegalStateException("boom");
            }
        };
        var validator = new WorkspaceValidator(List.of(broken, new StationSupervisionRule()));
        Diagnostic result = validator.validate(withErrorAndWarning().build(), AS_OF, Locale.ENGLISH);
        assertEquals(List.of("test.broken/-1", "station.supervision/1"), sources(result));
        Problems.assertProblem(result.getChildren().get(0), "test.broken", Diagnostic.WARNING,
                WorkspaceValidator.RULE_FAILED,
                "The rule test.broken failed and was skipped: java.lang.IllegalStateException: boom",
                result.getChildren().get(0).getData().get(0));
    }

    @Test
    void progressIsReportedAfterEachRule() {
        List<String> progress = new ArrayList<>();
        new WorkspaceValidator(List.of(new SingleHeadRule(), new StationSupervisionRule())).validate(
                LDistrict.builder().build(), AS_OF, Locale.ENGLISH,
                (rule, done, total) -> progress.add(rule + " " + done + "/" + total));
        assertEquals(List.of("unit.single-head 1/2", "station.supervision 2/2"), progress);
    }

    @Test
    void withoutADateTheClockDecidesWhatIsCurrent() {
        Clock before = Clock.fixed(LocalDate.of(2020, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        OrganisationBuilder district = LDistrict.builder();
        Diagnostic result = new WorkspaceValidator(List.of(new SingleHeadRule()), before).validate(district.build());
        assertEquals(List.of(List.of(district.unit(STREET))),
                result.getChildren().stream().map(Diagnostic::getData).toList());
    }

    @Test
    void anEmfDiagnosticianRunsTheRulesThroughTheValidator() {
        EValidatorRegistryImpl registry = new EValidatorRegistryImpl();
        registry.put(QinglianPackage.eINSTANCE, validator);
        Diagnostician diagnostician = new Diagnostician(registry);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(WorkspaceValidator.AS_OF, AS_OF);
        context.put(WorkspaceValidator.LOCALE, Locale.ENGLISH);
        Organisation organisation = withErrorAndWarning().build();
        Diagnostic viaEmf = diagnostician.validate(organisation, context);
        Diagnostic direct = validator.validate(organisation, AS_OF, Locale.ENGLISH);
        assertEquals(Diagnostic.ERROR, viaEmf.getSeverity());
        assertEquals(direct.getChildren().stream().map(Diagnostic::getMessage).toList(),
                viaEmf.getChildren().stream().map(Diagnostic::getMessage).toList());
    }
}
