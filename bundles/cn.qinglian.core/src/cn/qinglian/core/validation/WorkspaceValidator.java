package cn.qinglian.core.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.model.Organisation;

/**
 * Runs validation rules over an organisation and returns an EMF {@link Diagnostic} tree: a root about
 * the organisation with one child per problem (severity, source = rule id, code, message in the
 * requested language, data = the offending objects). The look-up tables are built once per run and
 * shared by all rules.
 * <p>
 * Built in plain Java with an explicit rule list (e.g. {@code BuiltInRules.all()}), or inside the
 * platform with the rules of {@link ValidationRuleRegistry#rules()}. As an {@link EValidator} it can be
 * registered for the model package so that an EMF {@code Diagnostician} runs the rules when it reaches
 * the organisation; the date and language then come from the context entries {@link #AS_OF} and
 * {@link #LOCALE} (defaults: today by the clock, the JVM's language).
 * <p>
 * A rule that throws is reported as a WARNING with code {@link #RULE_FAILED} and the rest still run.
 */
public final class WorkspaceValidator implements EValidator {

    /** Source of the root diagnostic. */
    public static final String DIAGNOSTIC_SOURCE = "cn.qinglian.core.validation";

    /** Context entry (a {@link LocalDate}) for the {@link EValidator} methods: the day "current" means. */
    public static final String AS_OF = "cn.qinglian.core.validation.asOf";

    /** Context entry (a {@link Locale}) for the {@link EValidator} methods: the language of the messages. */
    public static final String LOCALE = "cn.qinglian.core.validation.locale";

    /** Code of the diagnostic saying a rule failed with an exception. */
    public static final int RULE_FAILED = -1;

    private static final RuleMessages MESSAGES = new RuleMessages(WorkspaceValidator.class,
            "cn.qinglian.core.validation.messages");

    private final List<ValidationRule> rules;
    private final Clock clock;

    public WorkspaceValidator(List<? extends ValidationRule> rules) {
        this(rules, Clock.systemDefaultZone());
    }

    /** A validator whose default "as of" date comes from {@code clock}. */
    public WorkspaceValidator(List<? extends ValidationRule> rules, Clock clock) {
        this.rules = List.copyOf(rules);
        this.clock = clock;
    }

    public List<ValidationRule> rules() {
        return rules;
    }

    /** Validates as of today (by the clock), messages in the JVM's language. */
    public Diagnostic validate(Organisation organisation) {
        return validate(organisation, LocalDate.now(clock), Locale.getDefault());
    }

    public Diagnostic validate(Organisation organisation, LocalDate asOf, Locale locale) {
        return validate(organisation, asOf, locale, ValidationProgress.NONE);
    }

    public Diagnostic validate(Organisation organisation, LocalDate asOf, Locale locale, ValidationProgress progress) {
        BasicDiagnostic root = new BasicDiagnostic(DIAGNOSTIC_SOURCE, 0,
                MESSAGES.format(locale, "root", ObjectPaths.path(organisation), asOf), new Object[] { organisation });
        run(organisation, asOf, locale, progress, root);
        return root;
    }

    private void run(Organisation organisation, LocalDate asOf, Locale locale, ValidationProgress progress,
            DiagnosticChain chain) {
        OrganisationIndex index = OrganisationIndex.of(organisation);
        for (int i = 0; i < rules.size(); i++) {
            ValidationRule rule = rules.get(i);
            try {
                var context = new CollectingRuleContext(rule.id(), severity(rule), index, asOf, locale, chain);
                rule.check(organisation, context);
            } catch (RuntimeException e) {
                chain.add(new BasicDiagnostic(Diagnostic.WARNING, rule.id(), RULE_FAILED,
                        MESSAGES.format(locale, "ruleFailed", rule.id(), String.valueOf(e)), new Object[] { e }));
            }
            progress.ruleDone(rule.id(), i + 1, rules.size());
        }
    }

    private static int severity(ValidationRule rule) {
        int severity = rule.defaultSeverity();
        return severity == Diagnostic.INFO || severity == Diagnostic.WARNING ? severity : Diagnostic.ERROR;
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    /** Runs the rules when {@code eObject} is an organisation; every other object is left to them. */
    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!(eObject instanceof Organisation organisation)) {
            return true;
        }
        LocalDate asOf = context != null && context.get(AS_OF) instanceof LocalDate date ? date : LocalDate.now(clock);
        Locale locale = context != null && context.get(LOCALE) instanceof Locale l ? l : Locale.getDefault();
        BasicDiagnostic found = new BasicDiagnostic();
        run(organisation, asOf, locale, ValidationProgress.NONE, found);
        if (diagnostics != null) {
            found.getChildren().forEach(diagnostics::add);
        }
        return found.getSeverity() < Diagnostic.ERROR;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }
}
