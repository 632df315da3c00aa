package cn.qinglian.award;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

import cn.qinglian.award.eligibility.EligibilityRule;
import cn.qinglian.award.scoring.ScoringCriterion;

/**
 * The eligibility rules ({@value #ELIGIBILITY_RULES}) and scoring criteria ({@value #SCORING_CRITERIA})
 * contributed by installed plug-ins. Each extension point is read on first use, contributions sorted by
 * id. A contribution without id or class, with an id already taken, or whose class cannot be created
 * or returns another id, is logged and skipped.
 */
public final class AwardContributions {

    public static final String ELIGIBILITY_RULES = "cn.qinglian.award.eligibilityRules";
    public static final String SCORING_CRITERIA = "cn.qinglian.award.scoringCriteria";

    private final IExtensionRegistry registry;
    private final Consumer<IStatus> log;
    private List<EligibilityRule> rules;
    private List<ScoringCriterion> criteria;

    /** The platform's registry, logging to the platform log. */
    public static AwardContributions installed() {
        return new AwardContributions(Platform.getExtensionRegistry(), status -> ILog.of(AwardContributions.class).log(status));
    }

    public AwardContributions(IExtensionRegistry registry, Consumer<IStatus> log) {
        this.registry = registry;
        this.log = log;
    }

    public synchronized List<EligibilityRule> eligibilityRules() {
        if (rules == null) {
            rules = read(ELIGIBILITY_RULES, "rule", EligibilityRule.class, EligibilityRule::id);
        }
        return rules;
    }

    public synchronized List<ScoringCriterion> scoringCriteria() {
        if (criteria == null) {
            criteria = read(SCORING_CRITERIA, "criterion", ScoringCriterion.class, ScoringCriterion::id);
        }
        return criteria;
    }

    private <T> List<T> read(String point, String element, Class<T> type, java.util.function.Function<T, String> idOf) {
        record Read<T>(String id, T contribution) {
        }
        List<Read<T>> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement contribution : registry.getConfigurationElementsFor(point)) {
            String id = contribution.getAttribute("id");
            String contributor = contribution.getContributor().getName();
            if (!element.equals(contribution.getName()) || isBlank(id) || isBlank(contribution.getAttribute("class"))) {
                log.accept(Status.warning(point + ": contribution without id or class in " + contributor + " skipped"));
                continue;
            }
            if (!ids.add(id)) {
                log.accept(Status.warning(point + ": " + id + " of " + contributor + " skipped, the id is already taken"));
                continue;
            }
            try {
                T created = type.cast(contribution.createExecutableExtension("class"));
                if (!id.equals(idOf.apply(created))) {
                    log.accept(Status.warning(point + ": " + id + " of " + contributor + " skipped, its class says "
                            + idOf.apply(created)));
                    continue;
                }
                read.add(new Read<>(id, created));
            } catch (CoreException | RuntimeException e) {
                log.accept(Status.error(point + ": " + id + " of " + contributor + " skipped, cannot create "
                        + contribution.getAttribute("class"), e));
            }
        }
        read.sort(Comparator.comparing(Read::id));
        return read.stream().map(Read::contribution).toList();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
