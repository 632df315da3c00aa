package cn.qinglian.core.validation;

import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.model.Organisation;

/**
 * A rule contributed to {@code cn.qinglian.core.validationRules}: id, name and an optional severity
 * come from the contribution; the class is created the first time the rule is needed. A class that
 * cannot be created is logged once and the rule does nothing.
 */
public final class ContributedRule implements ValidationRule {

    private final IConfigurationElement element;
    private final String id;
    private final Integer severity;
    private final Consumer<IStatus> log;
    private ValidationRule delegate;
    private boolean created;

    ContributedRule(IConfigurationElement element, String id, Integer severity, Consumer<IStatus> log) {
        this.element = element;
        this.id = id;
        this.severity = severity;
        this.log = log;
    }

    @Override
    public String id() {
        return id;
    }

    /** The translated name of the contribution, or the id when it has none. */
    public String name() {
        String name = element.getAttribute("name");
        return name == null || name.isBlank() ? id : name;
    }

    /** The bundle that contributed the rule. */
    public String contributor() {
        return element.getContributor().getName();
    }

    /** Whether the rule's class has been created (or its creation tried). */
    public synchronized boolean isCreated() {
        return created;
    }

    /** The contribution's severity if it sets one, else the rule class's default. */
    @Override
    public int defaultSeverity() {
        if (severity != null) {
            return severity;
        }
        ValidationRule rule = delegate();
        return rule == null ? Diagnostic.INFO : rule.defaultSeverity();
    }

    @Override
    public void check(Organisation organisation, RuleContext context) {
        ValidationRule rule = delegate();
        if (rule != null) {
            rule.check(organisation, context);
        }
    }

    private synchronized ValidationRule delegate() {
        if (!created) {
            created = true;
            try {
                delegate = (ValidationRule) element.createExecutableExtension("class");
            } catch (CoreException | RuntimeException e) {
                log.accept(Status.error("validation rule " + id + " of " + contributor() + " skipped: cannot create "
                        + element.getAttribute("class") + " (" + e.getMessage() + ")", e));
            }
        }
        return delegate;
    }
}
