package cn.qinglian.core.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.validation.ValidationRule;
import cn.qinglian.core.validation.WorkspaceValidator;
import cn.qinglian.model.Organisation;

/** Runs one rule and checks what it reports, in Chinese and in English. */
final class Problems {

    private Problems() {
    }

    static List<Diagnostic> of(ValidationRule rule, Organisation organisation, Locale locale) {
        return new WorkspaceValidator(List.of(rule)).validate(organisation, LDistrict.AS_OF, locale).getChildren();
    }

    static void assertNone(ValidationRule rule, Organisation organisation) {
        List<String> found = of(rule, organisation, Locale.ENGLISH).stream().map(Diagnostic::getMessage).toList();
        assertEquals(List.of(), found);
    }

    /** Exactly one problem: rule id as source, severity, code, both texts and the offending objects. */
    static void assertOne(ValidationRule rule, Organisation organisation, int severity, int code, String chinese,
            String english, Object... data) {
        assertEquals(1, of(rule, organisation, Locale.ENGLISH).size(), () -> texts(rule, organisation));
        assertProblem(of(rule, organisation, Locale.SIMPLIFIED_CHINESE).get(0), rule.id(), severity, code, chinese,
                data);
        assertProblem(of(rule, organisation, Locale.ENGLISH).get(0), rule.id(), severity, code, english, data);
    }

    static void assertProblem(Diagnostic problem, String source, int severity, int code, String message,
            Object... data) {
        assertEquals(source, problem.getSource());
        assertEquals(severity, problem.getSeverity(), "severity");
        assertEquals(code, problem.getCode(), "code");
        assertEquals(message, problem.getMessage());
        assertEquals(List.of(data), problem.getData());
    }

    private static String texts(ValidationRule rule, Organisation organisation) {
        return of(rule, organisation, Locale.ENGLISH).stream().map(Diagnostic::getMessage).toList().toString();
    }
}
