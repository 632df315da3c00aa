package cn.qinglian.evaluation.scoring;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.AssessmentEntry;
import cn.qinglian.evaluation.model.Criterion;

/**
 * Ranks the entries of an assessment per scope (ranking group). The order is deterministic:
 * <ol>
 * <li>higher total first;</li>
 * <li>then the higher rate on the heaviest criterion, then on the next heaviest, and so on (criteria of
 * equal weight in the order of the criteria set);</li>
 * <li>then the subject's name in Chinese collation order (pinyin), then the entry's id — these two only
 * order the listing: entries equal on 1 and 2 share a rank.</li>
 * </ol>
 * Groups are listed by name in the same collation, the group without a name ("") first.
 */
public final class Rankings {

    private final AssessmentScoring scoring;

    public Rankings(AssessmentScoring scoring) {
        this.scoring = scoring;
    }

    public List<Ranking> of(Assessment assessment) {
        List<Criterion> byWeight = criteriaByWeight(assessment);
        Collator collator = Collator.getInstance(Locale.CHINA);
        Map<String, List<EntryScore>> groups = new TreeMap<>(collator::compare);
        for (EntryScore score : scoring.scoreAll(assessment)) {
            groups.computeIfAbsent(group(score.entry()), g -> new ArrayList<>()).add(score);
        }
        Comparator<EntryScore> merit = meritOrder(byWeight);
        Comparator<EntryScore> listing = merit.thenComparing(s -> Subjects.name(s.entry()), collator)
                .thenComparing(s -> String.valueOf(s.entry().getId()));
        List<Ranking> rankings = new ArrayList<>();
        groups.forEach((group, scores) -> {
            scores.sort(listing);
            List<RankedEntry> places = new ArrayList<>();
            for (int i = 0; i < scores.size(); i++) {
                int rank = i > 0 && merit.compare(scores.get(i - 1), scores.get(i)) == 0 ? places.get(i - 1).rank()
                        : i + 1;
                places.add(new RankedEntry(rank, i + 1, scores.get(i)));
            }
            rankings.add(new Ranking(group, places));
        });
        return rankings;
    }

    /** The ranking of the group the entry is in. */
    public Ranking rankingOf(Assessment assessment, AssessmentEntry entry) {
        String group = group(entry);
        return of(assessment).stream().filter(r -> r.group().equals(group)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("entry not in " + assessment.getName()));
    }

    public static String group(AssessmentEntry entry) {
        return entry.getRankingGroup() == null ? "" : entry.getRankingGroup().strip();
    }

    private static List<Criterion> criteriaByWeight(Assessment assessment) {
        List<Criterion> criteria = new ArrayList<>();
        if (assessment.getCriteriaSet() != null) {
            criteria.addAll(assessment.getCriteriaSet().getCriteria());
        }
        criteria.sort(Comparator.comparingDouble(Criterion::getWeight).reversed()); // stable: set order on ties
        return criteria;
    }

    private static Comparator<EntryScore> meritOrder(List<Criterion> byWeight) {
        Comparator<EntryScore> order = Comparator.comparing(EntryScore::total).reversed();
        for (Criterion criterion : byWeight) {
            order = order.thenComparing(Comparator.comparing((EntryScore s) -> rate(s, criterion)).reversed());
        }
        return order;
    }

    private static java.math.BigDecimal rate(EntryScore score, Criterion criterion) {
        return score.criteria().stream().filter(c -> c.criterion() == criterion).findFirst()
                .map(CriterionScore::rate).orElse(java.math.BigDecimal.ZERO);
    }
}
