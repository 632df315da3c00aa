package cn.qinglian.evaluation.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The result of a democratic appraisal: participation and the tally per candidate. Voters are
 * anonymous here: the result carries no tokens and no ballots, only counts.
 *
 * @param ballots ballots cast
 * @param eligibleVoters voters entitled to vote (the appraisal's {@code eligibleVoters})
 * @param tallies one per candidate, in the appraisal's order of candidates
 */
public record AppraisalResult(int ballots, int eligibleVoters, List<CandidateTally> tallies) {

    public AppraisalResult {
        tallies = List.copyOf(tallies);
    }

    /** Ballots cast per eligible voter, in percent with one decimal; 0 when no voter is eligible. */
    public BigDecimal participationPercent() {
        if (eligibleVoters <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(100L * ballots).divide(BigDecimal.valueOf(eligibleVoters), 1, RoundingMode.HALF_UP);
    }
}
