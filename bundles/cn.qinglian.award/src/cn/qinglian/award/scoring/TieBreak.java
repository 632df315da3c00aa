package cn.qinglian.award.scoring;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The order of eligible nominees, one rule after the other; a later rule decides only between
 * nominees equal on every earlier one. The list is total, so the ranking is the same whatever order
 * nominations and votes were entered in:
 * <ol>
 * <li>{@link #TOTAL}: higher total (rounded to two decimals, as shown) first;</li>
 * <li>{@link #VOTES}: more counted peer votes first;</li>
 * <li>{@link #LEADER}: recommended by a leader before not recommended;</li>
 * <li>{@link #FEWER_WINS}: fewer earlier wins of the same award type first (recognition is spread);</li>
 * <li>{@link #EARLIER_NOMINATION}: earlier first nomination in this election first (undated last);</li>
 * <li>{@link #ROSTER_NUMBER}: smaller roster number ({@code Person.personId}) first, then smaller id.</li>
 * </ol>
 */
public enum TieBreak {
    TOTAL(Comparator.comparing(NomineeScore::total).reversed()),
    VOTES(Comparator.comparingInt(NomineeScore::votes).reversed()),
    LEADER(Comparator.comparing(NomineeScore::leaderRecommended).reversed()),
    FEWER_WINS(Comparator.comparingInt(NomineeScore::previousWins)),
    EARLIER_NOMINATION(Comparator.comparing(NomineeScore::firstNominated,
            Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))),
    ROSTER_NUMBER(Comparator.comparing((NomineeScore s) -> s.nominee().getPersonId(),
            Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(s -> s.nominee().getId(), Comparator.nullsLast(Comparator.<String>naturalOrder())));

    private final Comparator<NomineeScore> order;

    TieBreak(Comparator<NomineeScore> order) {
        this.order = order;
    }

    public Comparator<NomineeScore> order() {
        return order;
    }

    /** All rules in turn. */
    public static Comparator<NomineeScore> ranking() {
        Comparator<NomineeScore> all = TOTAL.order;
        for (TieBreak rule : values()) {
            all = all.thenComparing(rule.order);
        }
        return all;
    }

    /** The first rule that tells {@code a} and {@code b} apart (null when none does). */
    public static TieBreak deciding(NomineeScore a, NomineeScore b) {
        for (TieBreak rule : values()) {
            if (rule.order.compare(a, b) != 0) {
                return rule;
            }
        }
        return null;
    }
}
