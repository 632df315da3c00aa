package cn.qinglian.award.scoring;

import java.util.List;
import java.util.Locale;

import cn.qinglian.award.eligibility.EligibilityContext;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.model.Nomination;
import cn.qinglian.award.model.NominationKind;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;

/** What a criterion sees: the eligibility context, the counted ballot and the eligible nominees. */
public record ScoringContext(EligibilityContext base, Ballot ballot, List<Person> eligibleNominees) {

    public ScoringContext {
        eligibleNominees = List.copyOf(eligibleNominees);
    }

    public Organisation organisation() {
        return base.organisation();
    }

    public Election election() {
        return base.election();
    }

    public Locale locale() {
        return base.locale();
    }

    /** The leaders who recommended {@code nominee} (nominations of kind LEADER), in nomination order. */
    public List<Person> recommendingLeaders(Person nominee) {
        return election().getNominations().stream()
                .filter(n -> n.getNominee() == nominee && n.getKind() == NominationKind.LEADER)
                .map(Nomination::getNominator).distinct().toList();
    }
}
