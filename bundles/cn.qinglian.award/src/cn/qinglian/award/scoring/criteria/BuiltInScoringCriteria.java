package cn.qinglian.award.scoring.criteria;

import java.util.List;

import cn.qinglian.award.scoring.ScoringCriterion;

/** The criteria this bundle contributes, for use without the platform. */
public final class BuiltInScoringCriteria {

    private BuiltInScoringCriteria() {
    }

    public static List<ScoringCriterion> all() {
        return List.of(new PeerVotesCriterion(), new LeaderRecommendationCriterion());
    }
}
