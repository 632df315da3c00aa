package cn.qinglian.award.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import cn.qinglian.model.Person;

/**
 * An eligible nominee's score with its breakdown and the facts the tie-break rules use.
 *
 * @param total the weighted total, rounded half-up to two decimals (as shown and as compared)
 * @param votes the nominee's counted peer votes
 * @param leaderRecommended whether a leader nominated them
 * @param previousWins how often they won this award type before this election's period
 * @param firstNominated the date of their first nomination in this election (null when undated)
 */
public record NomineeScore(Person nominee, BigDecimal total, List<CriterionScore> breakdown, int votes,
        boolean leaderRecommended, int previousWins, LocalDate firstNominated) {

    public NomineeScore {
        total = total.setScale(2, RoundingMode.HALF_UP);
        breakdown = List.copyOf(breakdown);
    }
}
