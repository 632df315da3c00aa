package cn.qinglian.ui.internal.editing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.StringJoiner;

import cn.qinglian.model.Post;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.provider.QinglianLabels;

/** What the editors show about tenures: how long, where, in which order. */
public final class Tenures {

    private static final double DAYS_PER_YEAR = 365.2425;

    private Tenures() {
    }

    /** Years from start to end (to {@code today} while held), e.g. 8.5; 0 when the start is unknown. */
    public static double years(Tenure tenure, LocalDate today) {
        if (tenure.getStart() == null) {
            return 0;
        }
        LocalDate end = tenure.getEnd() == null ? today : tenure.getEnd();
        return Math.max(0, ChronoUnit.DAYS.between(tenure.getStart(), end)) / DAYS_PER_YEAR;
    }

    /** The post with its units from the top, e.g. "L区 / 公安分局 / 城东派出所 / 所长". */
    public static String postPath(Post post) {
        if (post == null) {
            return "";
        }
        Deque<String> names = new ArrayDeque<>();
        names.push(QinglianLabels.name(post));
        for (Unit unit = post.getUnit(); unit != null; unit = unit.getParent()) {
            names.push(QinglianLabels.name(unit));
        }
        StringJoiner path = new StringJoiner(" / ");
        names.forEach(path::add);
        return path.toString();
    }

    /** Latest first: by start date, unknown starts last. */
    public static List<Tenure> latestFirst(List<Tenure> tenures) {
        return tenures.stream().sorted(Comparator.comparing(Tenure::getStart,
                Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed()).toList();
    }
}
