package cn.qinglian.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * The rules contributed to {@value #EXTENSION_POINT}. The extension point is read on first use; a
 * rule's class is created only when the rule first runs. Contributions without id or class, or with an
 * id already taken, are logged and skipped; a class that cannot be created is logged and its rule
 * skipped when it runs.
 */
public final class ValidationRuleRegistry {

    public static final String EXTENSION_POINT = "cn.qinglian.core.validationRules";

    private final IExtensionRegistry registry;
    private final Consumer<IStatus> log;
    private List<ContributedRule> rules;

    /** Logs to the platform log. */
    public ValidationRuleRegistry(IExtensionRegistry registry) {
        this(registry, status -> ILog.of(ValidationRuleRegistry.class).log(status));
    }

    /** Logs through {@code log}. */
    public ValidationRuleRegistry(IExtensionRegistry registry, Consumer<IStatus> log) {
        this.registry = registry;
        this.log = log;
    }

    /** The contributed rules, sorted by id; their classes are not created yet. */
    public synchronized List<ContributedRule> rules() {
        if (rules == null) {
            rules = read();
        }
        return rules;
    }

    private List<ContributedRule> read() {
        List<ContributedRule> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String id = element.getAttribute("id");
            String contributor = element.getContributor().getName();
            if (isBlank(id) || isBlank(element.getAttribute("class"))) {
                warn("validation rule without id or class in " + contributor + " skipped");
            } else if (!ids.add(id)) {
                warn("validation rule " + id + " of " + contributor + " skipped: the id is already taken");
            } else {
                read.add(new ContributedRule(element, id, severity(element, id), log));
            }
        }
        read.sort(Comparator.comparing(ContributedRule::id));
        return List.copyOf(read);
    }

    private Integer severity(IConfigurationElement element, String id) {
        String value = element.getAttribute("severity");
        if (value == null) {
            return null;
        }
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "error":
                return Diagnostic.ERROR;
            case "warning":
                return Diagnostic.WARNING;
            case "info":
                return Diagnostic.INFO;
            default:
                warn("validation rule " + id + ": unknown severity \"" + value + "\" ignored");
                return null;
        }
    }

    private void warn(String message) {
        log.accept(Status.warning(message));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
