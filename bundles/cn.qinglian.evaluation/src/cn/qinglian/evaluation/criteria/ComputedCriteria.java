package cn.qinglian.evaluation.criteria;

import java.util.Map;
import java.util.Optional;

/** Finds the computed criterion contributed under an id. */
@FunctionalInterface
public interface ComputedCriteria {

    Optional<ComputedCriterion> find(String id);

    /** No computed criteria: every computed criterion's score is missing. */
    static ComputedCriteria none() {
        return id -> Optional.empty();
    }

    /** Exactly the given criteria (plain-Java use and tests). */
    static ComputedCriteria of(Map<String, ComputedCriterion> criteria) {
        Map<String, ComputedCriterion> copy = Map.copyOf(criteria);
        return id -> Optional.ofNullable(id == null ? null : copy.get(id));
    }
}
