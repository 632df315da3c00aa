package cn.qinglian.award.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.qinglian.award.model.AwardType;
import cn.qinglian.award.model.CriterionWeight;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.model.Nomination;
import cn.qinglian.model.Person;

/**
 * Scores and ranks the eligible nominees of an election with the installed criteria and the award
 * type's weights. A nominee's total is Σ weightᵢ × pointsᵢ ÷ Σ weightᵢ over the criteria that are
 * weighted (weight &gt; 0), installed and {@link ScoringCriterion#applies apply} to the election, rounded
 * half-up to two decimals; 0 when none does. The ranking follows {@link TieBreak}.
 */
public final class Scoring {

    private final Map<String, ScoringCriterion> criteria = new LinkedHashMap<>();

    public Scoring(List<? extends ScoringCriterion> installed) {
        installed.forEach(criterion -> criteria.putIfAbsent(criterion.id(), criterion));
    }

    /** The weighted criteria that count in {@code context}, with their weights, in the award type's order. */
    public Map<ScoringCriterion, Double> counting(ScoringContext context) {
        Map<ScoringCriterion, Double> counting = new LinkedHashMap<>();
        for (CriterionWeight weight : context.election().getAwardType().getCriteria()) {
            ScoringCriterion criterion = criteria.get(weight.getCriterion());
            if (criterion != null && weight.getWeight() > 0 && criterion.applies(context)) {
                counting.merge(criterion, weight.getWeight(), Double::sum);
            }
        }
        return counting;
    }

    /** The weighted criteria of the award type that are not installed (their weight is left out). */
    public List<String> missing(AwardType type) {
        return type.getCriteria().stream().map(CriterionWeight::getCriterion).filter(id -> !criteria.containsKey(id))
                .distinct().toList();
    }

    public NomineeScore score(Person nominee, ScoringContext context) {
        Map<ScoringCriterion, Double> counting = counting(context);
        double weights = counting.values().stream().mapToDouble(Double::doubleValue).sum();
        List<CriterionScore> breakdown = new ArrayList<>();
        double total = 0;
        for (Map.Entry<ScoringCriterion, Double> entry : counting.entrySet()) {
            CriterionValue value = entry.getKey().value(nominee, context);
            double contribution = weights == 0 ? 0 : entry.getValue() * value.points() / weights;
            total += contribution;
            breakdown.add(new CriterionScore(entry.getKey().id(), entry.getKey().name(context.locale()), entry.getValue(),
                    value.points(), contribution, value.explanation()));
        }
        return new NomineeScore(nominee, BigDecimal.valueOf(total), breakdown, context.ballot().votes(nominee),
                !context.recommendingLeaders(nominee).isEmpty(), previousWins(nominee, context.election()),
                firstNominated(nominee, context.election()));
    }

    /** Every eligible nominee ranked; see {@link TieBreak}. */
    public List<RankedNominee> rank(ScoringContext context) {
        List<NomineeScore> scores = new ArrayList<>();
        for (Person nominee : context.eligibleNominees()) {
            scores.add(score(nominee, context));
        }
        scores.sort(TieBreak.ranking());
        List<RankedNominee> ranked = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            NomineeScore score = scores.get(i);
            TieBreak by = null;
            if (i + 1 < scores.size() && score.total().compareTo(scores.get(i + 1).total()) == 0) {
                by = TieBreak.deciding(score, scores.get(i + 1));
            }
            ranked.add(new RankedNominee(i + 1, score, by));
        }
        return ranked;
    }

    private static int previousWins(Person nominee, Election election) {
        if (!(election.eContainer() instanceof cn.qinglian.award.model.AwardBook book)) {
            return 0;
        }
        int wins = 0;
        for (Election other : book.getElections()) {
            if (other != election && other.getAwardType() == election.getAwardType() && other.getDecision() != null
                    && other.getPeriodStart() != null && election.getPeriodStart() != null
                    && other.getPeriodStart().isBefore(election.getPeriodStart())
                    && other.getDecision().getWinners().contains(nominee)) {
                wins++;
            }
        }
        return wins;
    }

    private static LocalDate firstNominated(Person nominee, Election election) {
        return election.getNominations().stream().filter(n -> n.getNominee() == nominee).map(Nomination::getDate)
                .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }
}
