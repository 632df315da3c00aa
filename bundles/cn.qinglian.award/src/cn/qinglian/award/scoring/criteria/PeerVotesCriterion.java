package cn.qinglian.award.scoring.criteria;

import java.util.Locale;

import cn.qinglian.award.AwardMessages;
import cn.qinglian.award.scoring.CriterionValue;
import cn.qinglian.award.scoring.ScoringContext;
import cn.qinglian.award.scoring.ScoringCriterion;
import cn.qinglian.model.Person;

/**
 * {@code award.peer-votes}: 100 × the nominee's counted votes ÷ the most counted votes of any eligible
 * nominee (0 for everyone when nobody has a counted vote).
 */
public final class PeerVotesCriterion implements ScoringCriterion {

    public static final String ID = "award.peer-votes";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return AwardMessages.format(locale, "criterion.peerVotes");
    }

    @Override
    public CriterionValue value(Person nominee, ScoringContext context) {
        int votes = context.ballot().votes(nominee);
        int most = context.ballot().most(context.eligibleNominees());
        double points = most == 0 ? 0 : 100.0 * votes / most;
        return new CriterionValue(points, AwardMessages.format(context.locale(), "criterion.peerVotes.explanation",
                votes, most));
    }
}
