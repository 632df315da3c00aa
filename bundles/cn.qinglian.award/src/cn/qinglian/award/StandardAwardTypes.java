package cn.qinglian.award;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.model.AwardCadence;
import cn.qinglian.award.model.AwardFactory;
import cn.qinglian.award.model.AwardType;
import cn.qinglian.award.model.CriterionWeight;
import cn.qinglian.award.model.ScopeLevel;
import cn.qinglian.award.scoring.criteria.LeaderRecommendationCriterion;
import cn.qinglian.award.scoring.criteria.PeerVotesCriterion;
import cn.qinglian.model.Organisation;

/**
 * The award types a new workspace starts with, named in the seed: 每月之星 (monthly, per station) and
 * 业务标兵 (quarterly per street, yearly for the district). They are data: users change names, weights
 * and parameters like any other object. Ids are derived from the organisation's id, so the same
 * organisation always gets the same book.
 */
public final class StandardAwardTypes {

    /** The id of the evaluation module's criterion; left out of totals while that module is not installed. */
    public static final String EVALUATION_CRITERION = "evaluation.score";

    private StandardAwardTypes() {
    }

    public static AwardBook newBook(Organisation organisation) {
        String seed = organisation.getId() + "/award/";
        AwardBook book = AwardFactory.eINSTANCE.createAwardBook();
        book.setId(id(seed + "book"));
        book.getAwardTypes().add(type(seed + "monthly-star", "每月之星", AwardCadence.MONTHLY, ScopeLevel.STATION, 1,
                "每月在站所内评选一名工作突出、群众认可的干部职工。", 0.6, 0.2, 0.2));
        book.getAwardTypes().add(type(seed + "model-worker-quarter", "业务标兵（季度）", AwardCadence.QUARTERLY,
                ScopeLevel.STREET, 2, "每季度在街镇范围内评选业务能力突出的干部。", 0.4, 0.3, 0.3));
        book.getAwardTypes().add(type(seed + "model-worker-year", "业务标兵（年度）", AwardCadence.YEARLY,
                ScopeLevel.DISTRICT, 3, "每年在全区评选业务标兵。", 0.3, 0.3, 0.4));
        return book;
    }

    private static AwardType type(String key, String name, AwardCadence cadence, ScopeLevel scope, int winners,
            String description, double votes, double leader, double evaluation) {
        AwardType type = AwardFactory.eINSTANCE.createAwardType();
        type.setId(id(key));
        type.setName(name);
        type.setCadence(cadence);
        type.setScopeLevel(scope);
        type.setWinners(winners);
        type.setDescription(description);
        type.getCriteria().add(weight(key + "/votes", PeerVotesCriterion.ID, votes));
        type.getCriteria().add(weight(key + "/leader", LeaderRecommendationCriterion.ID, leader));
        type.getCriteria().add(weight(key + "/evaluation", EVALUATION_CRITERION, evaluation));
        return type;
    }

    private static CriterionWeight weight(String key, String criterion, double value) {
        CriterionWeight weight = AwardFactory.eINSTANCE.createCriterionWeight();
        weight.setId(id(key));
        weight.setCriterion(criterion);
        weight.setWeight(value);
        return weight;
    }

    static String id(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
