package cn.qinglian.evaluation.scoring;

/**
 * A place in a ranking.
 *
 * @param rank the rank, 1 for the best; entries that tie on the total and on every criterion share a
 *        rank and the next rank is skipped (1, 2, 2, 4)
 * @param position the 1-based position in the listed order (unique)
 * @param score the entry's scores
 */
public record RankedEntry(int rank, int position, EntryScore score) {
}
