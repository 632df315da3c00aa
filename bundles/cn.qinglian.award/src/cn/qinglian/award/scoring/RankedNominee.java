package cn.qinglian.award.scoring;

/**
 * A place in the ranking.
 *
 * @param rank 1 for the first place; places are never shared
 * @param aheadOfNextBy the tie-break rule that put this nominee ahead of the next one, when they have
 *        the same total (null when the totals differ, and for the last place)
 */
public record RankedNominee(int rank, NomineeScore score, TieBreak aheadOfNextBy) {
}
