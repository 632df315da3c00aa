package cn.qinglian.core.query;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;

/**
 * Length of service in a post or a unit, as of a date. Tenures are cut at the date (later starts are
 * ignored), then tenures that overlap or follow each other are merged into unbroken stints: a tenure
 * starting on the end day of the previous one, or on the day after it (for records that give the last
 * day served as the end), continues the stint. Tenures without a start are ignored.
 */
public final class TenureLengths {

    private TenureLengths() {
    }

    /** Service of {@code person} in {@code post}. */
    public static TenureLength inPost(Person person, Post post, LocalDate asOf) {
        return measure(person, tenure -> tenure.getPost() == post, asOf);
    }

    /** Service of {@code person} in any post of {@code unit} or of a unit below it. */
    public static TenureLength inUnit(Person person, Unit unit, LocalDate asOf) {
        return measure(person, tenure -> tenure.getPost() != null && tenure.getPost().getUnit() != null
                && Units.isWithin(tenure.getPost().getUnit(), unit), asOf);
    }

    private static TenureLength measure(Person person, Predicate<Tenure> counts, LocalDate asOf) {
        List<Tenure> tenures = new ArrayList<>();
        for (Tenure tenure : person.getTenures()) {
            if (tenure.getStart() != null && !tenure.getStart().isAfter(asOf) && counts.test(tenure)) {
                tenures.add(tenure);
            }
        }
        tenures.sort(Comparator.comparing(Tenure::getStart));
        long total = 0;
        LocalDate since = null;
        LocalDate stintStart = null;
        LocalDate stintEnd = null;
        boolean stintRunning = false;
        for (Tenure tenure : tenures) {
            LocalDate end = cut(tenure.getEnd(), asOf);
            if (end.isBefore(tenure.getStart())) {
                end = tenure.getStart();
            }
            if (stintStart != null && tenure.getStart().isAfter(stintEnd.plusDays(1))) {
                total += ChronoUnit.DAYS.between(stintStart, stintEnd);
                stintStart = null;
                stintRunning = false;
            }
            if (stintStart == null) {
                stintStart = tenure.getStart();
                stintEnd = end;
            } else if (end.isAfter(stintEnd)) {
                stintEnd = end;
            }
            stintRunning |= Dated.isCurrent(tenure, asOf);
            if (stintRunning) {
                since = stintStart;
            }
        }
        if (stintStart == null) {
            return TenureLength.NONE;
        }
        total += ChronoUnit.DAYS.between(stintStart, stintEnd);
        return since == null ? new TenureLength(null, 0, total)
                : new TenureLength(since, ChronoUnit.DAYS.between(since, asOf), total);
    }

    private static LocalDate cut(LocalDate end, LocalDate asOf) {
        return end == null || end.isAfter(asOf) ? asOf : end;
    }
}
