package cn.qinglian.evaluation.appraisal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.qinglian.evaluation.model.Appraisal;
import cn.qinglian.evaluation.model.AppraisalGrade;
import cn.qinglian.evaluation.model.Ballot;
import cn.qinglian.evaluation.model.BallotMark;
import cn.qinglian.model.Person;

/**
 * Counts the ballots of an appraisal. Only ballots with an issued token count, each token once (the
 * first ballot), so a file edited by hand cannot inflate a tally; marks of non-candidates are ignored.
 */
public final class AppraisalTallies {

    private AppraisalTallies() {
    }

    public static AppraisalResult of(Appraisal appraisal) {
        Map<Person, Map<AppraisalGrade, Integer>> counts = new LinkedHashMap<>();
        for (Person candidate : appraisal.getCandidates()) {
            counts.put(candidate, new EnumMap<>(AppraisalGrade.class));
        }
        int ballots = 0;
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Ballot ballot : appraisal.getBallots()) {
            if (ballot.getToken() == null || !appraisal.getIssuedTokens().contains(ballot.getToken())
                    || !used.add(ballot.getToken())) {
                continue;
            }
            ballots++;
            for (BallotMark mark : ballot.getMarks()) {
                Map<AppraisalGrade, Integer> candidate = counts.get(mark.getCandidate());
                if (candidate != null && mark.getGrade() != null) {
                    candidate.merge(mark.getGrade(), 1, Integer::sum);
                }
            }
        }
        List<CandidateTally> tallies = new ArrayList<>();
        counts.forEach((person, grades) -> tallies.add(new CandidateTally(person, grades)));
        return new AppraisalResult(ballots, appraisal.getEligibleVoters(), tallies);
    }
}
