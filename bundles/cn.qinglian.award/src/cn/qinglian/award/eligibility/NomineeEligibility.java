package cn.qinglian.award.eligibility;

import java.util.List;

import cn.qinglian.model.Person;

/** Whether a nominee may stand, with every rule that excludes them (empty when eligible). */
public record NomineeEligibility(Person nominee, List<Exclusion> exclusions) {

    public NomineeEligibility {
        exclusions = List.copyOf(exclusions);
    }

    public boolean eligible() {
        return exclusions.isEmpty();
    }
}
