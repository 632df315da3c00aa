package cn.qinglian.award.election;

import java.util.List;
import java.util.Optional;

import cn.qinglian.award.eligibility.NomineeEligibility;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.scoring.Ballot;
import cn.qinglian.award.scoring.RankedNominee;
import cn.qinglian.model.Person;

/**
 * An election as it stands: every nominee with the rules that exclude them, the counted ballot, the
 * ranking of the eligible nominees with each score's breakdown, and the weighted criteria that are not
 * installed (left out of every total).
 */
public record ElectionResult(Election election, List<NomineeEligibility> nominees, Ballot ballot,
        List<RankedNominee> ranking, List<String> missingCriteria) {

    public ElectionResult {
        nominees = List.copyOf(nominees);
        ranking = List.copyOf(ranking);
        missingCriteria = List.copyOf(missingCriteria);
    }

    /** The first {@code AwardType.winners} places. */
    public List<Person> proposedWinners() {
        int places = Math.max(0, election.getAwardType().getWinners());
        return ranking.stream().limit(places).map(ranked -> ranked.score().nominee()).toList();
    }

    public Optional<NomineeEligibility> eligibility(Person nominee) {
        return nominees.stream().filter(n -> n.nominee() == nominee).findFirst();
    }

    public Optional<RankedNominee> place(Person nominee) {
        return ranking.stream().filter(r -> r.score().nominee() == nominee).findFirst();
    }
}
