package cn.qinglian.core.tests.validation;

import static cn.qinglian.core.tests.LDistrict.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.core.validation.ContributedRule;
import cn.qinglian.core.validation.ValidationRule;
import cn.qinglian.core.validation.ValidationRuleRegistry;
import cn.qinglian.core.validation.WorkspaceValidator;
import cn.qinglian.core.validation.rules.BuiltInRules;
import cn.qinglian.model.Organisation;

/**
 * The rules of the real extension registry: the built-in ones of cn.qinglian.core and, from this
 * fragment's fragment.xml, a good test rule and deliberately bad contributions.
 */
class ValidationRuleRegistryTest {

    private static final List<String> BUILT_IN = BuiltInRules.all().stream().map(ValidationRule::id).toList();

    private final List<IStatus> logged = new ArrayList<>();
    private final ValidationRuleRegistry registry = new ValidationRuleRegistry(Platform.getExtensionRegistry(),
            logged::add);

    private ContributedRule rule(String id) {
        return registry.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private List<ValidationRule> builtIn() {
        return registry.rules().stream().filter(r -> BUILT_IN.contains(r.id())).map(r -> (ValidationRule) r).toList();
    }

    private String log() {
        return logged.stream().map(IStatus::getMessage).toList().toString();
    }

    @Test
    void builtInRulesAreContributedAndNotCreatedUntilTheyRun() {
        assertTrue(registry.rules().stream().map(ContributedRule::id).toList().containsAll(BUILT_IN),
                registry.rules().toString());
        assertEquals(BUILT_IN.size(), builtIn().size());
        for (ValidationRule rule : builtIn()) {
            ContributedRule contributed = (ContributedRule) rule;
            assertFalse(contributed.isCreated(), rule.id());
            assertEquals("cn.qinglian.core", contributed.contributor());
            assertFalse(contributed.name().startsWith("%"), contributed.name());
        }
        new WorkspaceValidator(builtIn()).validate(LDistrict.builder().build(), AS_OF, Locale.ENGLISH);
        assertTrue(builtIn().stream().allMatch(r -> ((ContributedRule) r).isCreated()));
    }

    @Test
    void contributedRulesFindWhatTheBuiltInListFinds() {
        OrganisationBuilder district = LDistrict.builder();
        district.tenure("P010", LDistrict.STREET_HEAD).setEnd(LocalDate.of(2024, 1, 1));
        district.unit(LDistrict.STATION).setCompetentDepartment(null);
        Organisation organisation = district.build();
        List<String> contributed = messages(new WorkspaceValidator(builtIn()), organisation);
        assertEquals(messages(new WorkspaceValidator(BuiltInRules.all()), organisation).stream().sorted().toList(),
                contributed.stream().sorted().toList());
        assertEquals(2, contributed.size(), contributed.toString());
    }

    private static List<String> messages(WorkspaceValidator validator, Organisation organisation) {
        return validator.validate(organisation, AS_OF, Locale.SIMPLIFIED_CHINESE).getChildren().stream()
                .map(d -> d.getSource() + " " + d.getMessage()).toList();
    }

    @Test
    void severityOfTheContributionOverridesTheClass() {
        ContributedRule rule = rule("test.unit-count");
        assertEquals(Diagnostic.INFO, rule.defaultSeverity());
        assertFalse(rule.isCreated(), "the contribution's severity needs no class");
        Diagnostic result = new WorkspaceValidator(List.of(rule)).validate(LDistrict.builder().build(), AS_OF,
                Locale.ENGLISH);
        assertEquals(List.of("INFO units: 5"), result.getChildren().stream()
                .map(d -> (d.getSeverity() == Diagnostic.INFO ? "INFO " : "?") + d.getMessage()).toList());
    }

    @Test
    void aClassThatCannotBeCreatedIsLoggedAndSkipped() {
        ContributedRule missing = rule("test.no-such-class");
        assertFalse(missing.isCreated());
        assertTrue(logged.stream().noneMatch(s -> s.getMessage().contains("test.no-such-class")), log());
        Diagnostic result = new WorkspaceValidator(List.of(missing, rule("test.unit-count")))
                .validate(LDistrict.builder().build(), AS_OF, Locale.ENGLISH);
        assertEquals(List.of("test.unit-count"), result.getChildren().stream().map(Diagnostic::getSource).toList());
        assertTrue(missing.isCreated());
        assertTrue(logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR
                && s.getMessage().contains("test.no-such-class") && s.getMessage().contains("NoSuchRule")), log());
    }

    @Test
    void contributionsWithoutIdOrWithATakenIdOrAnUnknownSeverityAreLogged() {
        List<String> ids = registry.rules().stream().map(ContributedRule::id).toList();
        assertEquals(1, ids.stream().filter("test.unit-count"::equals).count(), ids.toString());
        assertTrue(logged.stream().anyMatch(s -> s.getMessage().contains("without id or class")), log());
        assertTrue(logged.stream().anyMatch(s -> s.getMessage().contains("test.unit-count")
                && s.getMessage().contains("already taken")), log());
        assertTrue(logged.stream().anyMatch(s -> s.getMessage().contains("unknown severity \"fatal\"")), log());
        assertEquals(Diagnostic.ERROR, rule("test.bad-severity").defaultSeverity());
    }
}
