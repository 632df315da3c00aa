package cn.qinglian.evaluation.scoring;

import java.util.List;

/**
 * The ranking of one scope of an assessment: the entries of one ranking group, best first.
 *
 * @param group the ranking group ({@code AssessmentEntry.rankingGroup}); "" for entries without one
 * @param places the places, best first
 */
public record Ranking(String group, List<RankedEntry> places) {

    public Ranking {
        places = List.copyOf(places);
    }

    /** The rank of the last place (0 when empty). */
    public int lastRank() {
        return places.isEmpty() ? 0 : places.get(places.size() - 1).rank();
    }
}
