package cn.qinglian.evaluation.criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;

/**
 * The computed criteria contributed through {@value #POINT_ID}, read from the extension registry the
 * first time one is asked for. A contribution whose class cannot be created is logged and left out
 * (its criterion then scores as missing); the first of two contributions with the same id wins.
 */
public final class ComputedCriterionRegistry implements ComputedCriteria {

    public static final String POINT_ID = "cn.qinglian.evaluation.criteria";

    private final IExtensionRegistry registry;
    private Map<String, Contribution> contributions;

    /** A contribution's id, label and implementation. */
    public record Contribution(String id, String name, ComputedCriterion criterion) {
    }

    public ComputedCriterionRegistry(IExtensionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<ComputedCriterion> find(String id) {
        return Optional.ofNullable(contributions().get(id)).map(Contribution::criterion);
    }

    /** Every contribution, in the registry's order. */
    public synchronized List<Contribution> all() {
        return new ArrayList<>(contributions().values());
    }

    private synchronized Map<String, Contribution> contributions() {
        if (contributions == null) {
            contributions = new LinkedHashMap<>();
            for (IConfigurationElement element : registry.getConfigurationElementsFor(POINT_ID)) {
                String id = element.getAttribute("id");
                try {
                    ComputedCriterion criterion = (ComputedCriterion) element.createExecutableExtension("class");
                    contributions.putIfAbsent(id, new Contribution(id, element.getAttribute("name"), criterion));
                } catch (CoreException | ClassCastException e) {
                    ILog.of(ComputedCriterionRegistry.class).error("computed criterion " + id + " of "
                            + element.getContributor().getName() + " left out: " + e.getMessage(), e);
                }
            }
        }
        return contributions;
    }
}
