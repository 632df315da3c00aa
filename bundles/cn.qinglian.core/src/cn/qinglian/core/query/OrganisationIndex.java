package cn.qinglian.core.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.qinglian.model.ChargeAssignment;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Party;
import cn.qinglian.model.Post;
import cn.qinglian.model.Report;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Unit;

/**
 * Look-up tables over one organisation so that queries and validation rules never scan the whole
 * model per object: reporting lines by end, charge assignments by unit and by leader, reports by line,
 * and every unit and post in document order. Each table is built in one pass the first time it is
 * asked for.
 * <p>
 * The index is a snapshot: build a new one after the model changes.
 */
public final class OrganisationIndex {

    private final Organisation organisation;
    private final List<Unit> units = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();
    private Map<Party, List<ReportingLine>> linesFrom;
    private Map<Party, List<ReportingLine>> linesTo;
    private Map<Unit, List<ChargeAssignment>> chargesByUnit;
    private Map<Post, List<ChargeAssignment>> chargesByLeader;
    private Map<ReportingLine, List<Report>> reportsByLine;

    private OrganisationIndex(Organisation organisation) {
        this.organisation = organisation;
        for (Unit top : organisation.getUnits()) {
            for (Unit unit : Units.subtree(top)) {
                units.add(unit);
                posts.addAll(unit.getPosts());
            }
        }
    }

    /** The index of {@code organisation}; each table costs one pass over its part of the model. */
    public static OrganisationIndex of(Organisation organisation) {
        return new OrganisationIndex(organisation);
    }

    public Organisation organisation() {
        return organisation;
    }

    /** Every unit, parents before children, siblings in document order. */
    public List<Unit> units() {
        return Collections.unmodifiableList(units);
    }

    /** Every post, in the order of {@link #units()}. */
    public List<Post> posts() {
        return Collections.unmodifiableList(posts);
    }

    /** The reporting lines whose reporting end ({@code from}) is {@code party}, in document order. */
    public synchronized List<ReportingLine> linesFrom(Party party) {
        buildLineTables();
        return linesFrom.getOrDefault(party, List.of());
    }

    /** The reporting lines whose hearing end ({@code to}) is {@code party}, in document order. */
    public synchronized List<ReportingLine> linesTo(Party party) {
        buildLineTables();
        return linesTo.getOrDefault(party, List.of());
    }

    /** The charge assignments naming {@code unit} directly, whatever their dates. */
    public synchronized List<ChargeAssignment> chargesOf(Unit unit) {
        buildChargeTables();
        return chargesByUnit.getOrDefault(unit, List.of());
    }

    /** The charge assignments of the leader post {@code leader}, whatever their dates. */
    public synchronized List<ChargeAssignment> chargesLedBy(Post leader) {
        buildChargeTables();
        return chargesByLeader.getOrDefault(leader, List.of());
    }

    /** The reports made on {@code line}, in document order. */
    public synchronized List<Report> reportsOn(ReportingLine line) {
        if (reportsByLine == null) {
            reportsByLine = new HashMap<>();
            for (Report report : organisation.getReports()) {
                add(reportsByLine, report.getLine(), report);
            }
        }
        return reportsByLine.getOrDefault(line, List.of());
    }

    private void buildLineTables() {
        if (linesFrom == null) {
            linesFrom = new HashMap<>();
            linesTo = new HashMap<>();
            for (ReportingLine line : organisation.getReportingLines()) {
                add(linesFrom, line.getFrom(), line);
                add(linesTo, line.getTo(), line);
            }
        }
    }

    private void buildChargeTables() {
        if (chargesByUnit == null) {
            chargesByUnit = new HashMap<>();
            chargesByLeader = new HashMap<>();
            for (ChargeAssignment assignment : organisation.getChargeAssignments()) {
                add(chargesByLeader, assignment.getLeader(), assignment);
                for (Unit unit : assignment.getUnits()) {
                    add(chargesByUnit, unit, assignment);
                }
            }
        }
    }

    private static <K, V> void add(Map<K, List<V>> map, K key, V value) {
        if (key != null) {
            map.computeIfAbsent(key, k -> new ArrayList<>(2)).add(value);
        }
    }
}
