package cn.qinglian.award.scoring.criteria;

import java.util.List;
import java.util.Locale;

import cn.qinglian.award.AwardMessages;
import cn.qinglian.award.scoring.CriterionValue;
import cn.qinglian.award.scoring.ScoringContext;
import cn.qinglian.award.scoring.ScoringCriterion;
import cn.qinglian.model.Named;
import cn.qinglian.model.Person;

/** {@code award.leader-recommendation}: 100 when at least one leader nominated the nominee, else 0. */
public final class LeaderRecommendationCriterion implements ScoringCriterion {

    public static final String ID = "award.leader-recommendation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return AwardMessages.format(locale, "criterion.leaderRecommendation");
    }

    @Override
    public CriterionValue value(Person nominee, ScoringContext context) {
        List<Person> leaders = context.recommendingLeaders(nominee);
        if (leaders.isEmpty()) {
            return new CriterionValue(0, AwardMessages.format(context.locale(), "criterion.leaderRecommendation.none"));
        }
        return new CriterionValue(100, AwardMessages.format(context.locale(), "criterion.leaderRecommendation.by",
                String.join("、", leaders.stream().map(Named::getName).toList())));
    }
}
