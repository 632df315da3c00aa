package cn.qinglian.example;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.query.Posts;
import cn.qinglian.core.query.TenureLengths;
import cn.qinglian.core.query.Units;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/** The current heads of the stations (基层站所) and how long each has held the post. */
public final class StationHeads {

    /**
     * One current head of a station.
     *
     * @param station the station
     * @param head the head's tenure, current on the date
     * @param since the first day of the unbroken stint in the post
     * @param years full years in the post on the date
     */
    public record StationHead(Unit station, Tenure head, LocalDate since, int years) {
    }

    private StationHeads() {
    }

    /** The current heads of every station of {@code units} on {@code asOf}, stations in path order. */
    public static List<StationHead> of(List<Unit> units, LocalDate asOf) {
        List<StationHead> heads = new ArrayList<>();
        for (Unit unit : units) {
            if (unit.getKind() != UnitKind.STATION) {
                continue;
            }
            Units.headPosts(unit).stream()
                    .flatMap(post -> Posts.currentTenures(post, asOf).stream())
                    .filter(tenure -> tenure.getPerson() != null)
                    .forEach(tenure -> heads.add(head(unit, tenure, asOf)));
        }
        heads.sort(Comparator.comparing((StationHead head) -> ObjectPaths.path(head.station()))
                .thenComparing(head -> head.head().getPerson().getName(), Comparator.nullsFirst(Comparator.naturalOrder())));
        return heads;
    }

    /** The stations of {@code units} without a current head on {@code asOf}. */
    public static List<Unit> withoutHead(List<Unit> units, LocalDate asOf) {
        return units.stream()
                .filter(unit -> unit.getKind() == UnitKind.STATION)
                .filter(unit -> Units.headPosts(unit).stream().allMatch(post -> Posts.currentTenures(post, asOf).isEmpty()))
                .sorted(Comparator.comparing(ObjectPaths::path))
                .toList();
    }

    private static StationHead head(Unit station, Tenure tenure, LocalDate asOf) {
        LocalDate since = TenureLengths.inPost(tenure.getPerson(), tenure.getPost(), asOf).since();
        if (since == null) {
            since = tenure.getStart();
        }
        int years = since == null ? 0 : Period.between(since, asOf).getYears();
        return new StationHead(station, tenure, since, years);
    }
}
