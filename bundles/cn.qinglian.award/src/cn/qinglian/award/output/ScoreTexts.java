package cn.qinglian.award.output;

import java.util.Locale;
import java.util.StringJoiner;

import cn.qinglian.award.AwardMessages;
import cn.qinglian.award.eligibility.Exclusion;
import cn.qinglian.award.eligibility.NomineeEligibility;
import cn.qinglian.award.election.ElectionResult;
import cn.qinglian.award.scoring.Ballot;
import cn.qinglian.award.scoring.CriterionScore;
import cn.qinglian.award.scoring.NomineeScore;
import cn.qinglian.award.scoring.RankedNominee;
import cn.qinglian.award.scoring.TieBreak;

/** Texts that explain an election's outcome: each score's breakdown, tie-breaks, exclusions and discarded votes. */
public final class ScoreTexts {

    private ScoreTexts() {
    }

    /** One line per criterion: points × weight → contribution (how the points were reached). */
    public static String breakdown(NomineeScore score, Locale locale) {
        StringJoiner lines = new StringJoiner("\n");
        for (CriterionScore line : score.breakdown()) {
            lines.add(AwardMessages.format(locale, "text.criterionLine", line.criterionName(), points(line.points()),
                    weight(line.weight()), points(line.contribution()), line.explanation()));
        }
        return lines.toString();
    }

    /** The tie-break rule that put a nominee ahead of the next one, in words. */
    public static String tieBreak(TieBreak rule, Locale locale) {
        return AwardMessages.format(locale, "tieBreak." + rule.name());
    }

    /** The whole outcome: ranking with breakdowns and tie-breaks, excluded nominees, discarded votes. */
    public static String ranking(ElectionResult result, Locale locale) {
        StringJoiner text = new StringJoiner("\n");
        for (RankedNominee ranked : result.ranking()) {
            NomineeScore score = ranked.score();
            text.add(AwardMessages.format(locale, "text.place", ranked.rank(), score.nominee().getName(),
                    score.total().toPlainString(), score.votes()));
            breakdown(score, locale).lines().forEach(line -> text.add("    " + line));
            if (ranked.aheadOfNextBy() != null) {
                text.add("    " + AwardMessages.format(locale, "text.aheadBy", tieBreak(ranked.aheadOfNextBy(), locale)));
            }
        }
        for (NomineeEligibility nominee : result.nominees()) {
            for (Exclusion exclusion : nominee.exclusions()) {
                text.add(AwardMessages.format(locale, "text.excluded", nominee.nominee().getName(), exclusion.ruleName(),
                        exclusion.reason()));
            }
        }
        for (Ballot.DiscardedVote discarded : result.ballot().discarded()) {
            text.add(AwardMessages.format(locale, "text.discarded", discarded.vote().getVoter().getName(),
                    discarded.vote().getNominee().getName(), AwardMessages.format(locale, "discard." + discarded.why().name(),
                            result.election().getAwardType().getVotesPerVoter())));
        }
        for (String missing : result.missingCriteria()) {
            text.add(AwardMessages.format(locale, "text.missingCriterion", missing));
        }
        return text.toString();
    }

    public static String points(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    public static String weight(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
