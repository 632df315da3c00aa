package cn.qinglian.award.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.qinglian.award.model.Election;
import cn.qinglian.award.model.Nomination;
import cn.qinglian.award.model.Vote;
import cn.qinglian.model.Person;

/**
 * The counted votes of one election. Votes are taken in the order they were cast (by date, then in
 * the order recorded). A vote does not count, and is listed with why, when:
 * <ol>
 * <li>the voter votes for themself ({@link Discard#SELF_VOTE}; uses none of the voter's votes);</li>
 * <li>the nominee was not nominated in this election ({@link Discard#NOT_NOMINATED}; uses none);</li>
 * <li>the voter already voted for this nominee ({@link Discard#REPEATED}; uses none);</li>
 * <li>the voter has already cast {@code AwardType.votesPerVoter} counted votes in this election, i.e.
 * in this period and unit ({@link Discard#OVER_CAP}).</li>
 * </ol>
 * A counted vote for a nominee who is not eligible still uses one of the voter's votes.
 */
public final class Ballot {

    /** Why a vote does not count. */
    public enum Discard {
        SELF_VOTE, NOT_NOMINATED, REPEATED, OVER_CAP
    }

    /** A vote that does not count, and why. */
    public record DiscardedVote(Vote vote, Discard why) {
    }

    private final Map<Person, Integer> counted = new LinkedHashMap<>();
    private final List<DiscardedVote> discarded = new ArrayList<>();

    private Ballot() {
    }

    /** Counts the votes of {@code election}. */
    public static Ballot count(Election election) {
        Ballot ballot = new Ballot();
        Set<Person> nominees = new HashSet<>();
        for (Nomination nomination : election.getNominations()) {
            nominees.add(nomination.getNominee());
        }
        int cap = election.getAwardType().getVotesPerVoter();
        Map<Person, Set<Person>> votedFor = new HashMap<>();
        List<Vote> inOrder = new ArrayList<>(election.getVotes());
        inOrder.sort(Comparator.comparing(Vote::getDate, Comparator.nullsLast(Comparator.naturalOrder())));
        for (Vote vote : inOrder) {
            Set<Person> already = votedFor.computeIfAbsent(vote.getVoter(), voter -> new HashSet<>());
            Discard why = null;
            if (vote.getVoter() == vote.getNominee()) {
                why = Discard.SELF_VOTE;
            } else if (!nominees.contains(vote.getNominee())) {
                why = Discard.NOT_NOMINATED;
            } else if (already.contains(vote.getNominee())) {
                why = Discard.REPEATED;
            } else if (already.size() >= cap) {
                why = Discard.OVER_CAP;
            }
            if (why == null) {
                already.add(vote.getNominee());
                ballot.counted.merge(vote.getNominee(), 1, Integer::sum);
            } else {
                ballot.discarded.add(new DiscardedVote(vote, why));
            }
        }
        return ballot;
    }

    /** The counted votes for {@code nominee}. */
    public int votes(Person nominee) {
        return counted.getOrDefault(nominee, 0);
    }

    /** The votes that do not count, in the order they were cast. */
    public List<DiscardedVote> discarded() {
        return List.copyOf(discarded);
    }

    /** The most counted votes any of {@code nominees} received (0 when none). */
    public int most(List<Person> nominees) {
        return nominees.stream().mapToInt(this::votes).max().orElse(0);
    }
}
