package cn.qinglian.evaluation.appraisal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import cn.qinglian.evaluation.appraisal.BallotRejectedException.Reason;
import cn.qinglian.evaluation.model.Appraisal;
import cn.qinglian.evaluation.model.AppraisalGrade;
import cn.qinglian.evaluation.model.Ballot;
import cn.qinglian.evaluation.model.BallotMark;
import cn.qinglian.evaluation.model.EvaluationFactory;
import cn.qinglian.model.Person;

/**
 * Accepts the ballots of a democratic appraisal (民主评议). A voter holds a one-time token issued for the
 * appraisal (never linked to the voter); a ballot with an unknown or already used token, on a closed
 * appraisal, or marking someone who is not a candidate is refused. Candidates left unmarked are simply
 * not counted for that ballot.
 */
public final class BallotBox {

    private final Supplier<String> newId;

    public BallotBox(Supplier<String> newId) {
        this.newId = newId;
    }

    /**
     * The ballot for {@code token} with {@code grades}, checked against the appraisal, not yet added to it
     * (add it with a command).
     *
     * @throws BallotRejectedException naming the reason
     */
    public Ballot cast(Appraisal appraisal, String token, Map<Person, AppraisalGrade> grades)
            throws BallotRejectedException {
        if (appraisal.isClosed()) {
            throw new BallotRejectedException(Reason.CLOSED, "appraisal " + appraisal.getName() + " is closed");
        }
        if (token == null || !appraisal.getIssuedTokens().contains(token)) {
            throw new BallotRejectedException(Reason.UNKNOWN_TOKEN, "token not issued for " + appraisal.getName());
        }
        if (appraisal.getBallots().stream().anyMatch(b -> token.equals(b.getToken()))) {
            throw new BallotRejectedException(Reason.ALREADY_CAST, "a ballot was already cast with this token");
        }
        Set<Person> seen = new HashSet<>();
        Ballot ballot = EvaluationFactory.eINSTANCE.createBallot();
        ballot.setId(newId.get());
        ballot.setToken(token);
        for (Person candidate : appraisal.getCandidates()) {
            AppraisalGrade grade = grades.get(candidate);
            if (grade != null && seen.add(candidate)) {
                BallotMark mark = EvaluationFactory.eINSTANCE.createBallotMark();
                mark.setCandidate(candidate);
                mark.setGrade(grade);
                ballot.getMarks().add(mark);
            }
        }
        if (seen.size() != grades.size()) {
            throw new BallotRejectedException(Reason.NOT_A_CANDIDATE, "a mark names someone who is not a candidate");
        }
        return ballot;
    }
}
