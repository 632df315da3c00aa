package cn.qinglian.core.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.qinglian.model.Party;
import cn.qinglian.model.Post;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Unit;

/**
 * The responsibility system of a district (构建责任体系): who is in charge of which units (分管), and
 * the reporting lines.
 * <ul>
 * <li>INTERNAL: staff posts to their section head or unit head, section heads and discipline
 * secretaries to the unit head, so every staff post reaches its unit head through internal lines
 * alone;</li>
 * <li>MUTUAL: each leadership member with the head of the same unit (one line per pair);</li>
 * <li>LINE: departments and streets to the district leader in charge, stations to their department;</li>
 * <li>LEVEL: key streets and enterprise-facing departments to the district discipline secretary.</li>
 * </ul>
 */
final class ResponsibilityLines {

    /** Start of the charge assignments: the district government's term. */
    static final LocalDate CHARGE_START = LocalDate.of(2017, 1, 1);

    /** A line with what it is for. */
    record ScheduledLine(ReportingLine line, LineTopic topic) {
    }

    private final District district;
    private final OrganisationBuilder build;
    private final List<ScheduledLine> lines = new ArrayList<>();
    private final Map<Unit, Post> leaderOf = new HashMap<>();

    ResponsibilityLines(District district, OrganisationBuilder build) {
        this.district = district;
        this.build = build;
    }

    List<ScheduledLine> lines() {
        return lines;
    }

    /** The district leader in charge of a department or street. */
    Post leaderOf(Unit unit) {
        return leaderOf.get(unit);
    }

    ResponsibilityLines build() {
        assignCharges();
        withinUnit(district.partyCommittee());
        withinUnit(district.government());
        district.departments().forEach((spec, department) -> {
            withinUnit(department);
            add(LineTopic.LINE_TO_LEADER, department.unit(), leaderOf(department.unit()));
            if (spec.enterpriseFacing()) {
                add(LineTopic.LEVEL, department.unit(), district.disciplineSecretary());
            }
        });
        for (District.Street street : district.streets()) {
            withinUnit(street.unit());
            add(LineTopic.LINE_TO_LEADER, street.unit().unit(), leaderOf(street.unit().unit()));
            if (street.plan().key()) {
                add(LineTopic.LEVEL, street.unit().unit(), district.disciplineSecretary());
            }
            for (District.Station station : street.stations()) {
                withinUnit(station.unit());
                add(LineTopic.LINE_TO_DEPARTMENT, station.unit().unit(),
                        district.departments().get(station.type().department()).unit());
            }
            street.villages().forEach(this::withinUnit);
        }
        district.associations().forEach(this::withinUnit);
        return this;
    }

    /** Departments go to the leaders of their line; streets are shared out among all leaders in turn. */
    private void assignCharges() {
        List<District.Leader> leaders = district.leaders();
        List<List<Unit>> charged = new ArrayList<>();
        for (District.Leader leader : leaders) {
            List<Unit> units = new ArrayList<>();
            for (CompetentDepartment department : leader.departments()) {
                units.add(district.departments().get(department).unit());
            }
            charged.add(units);
        }
        for (District.Street street : district.streets()) {
            charged.get(street.plan().index() % leaders.size()).add(street.unit().unit());
        }
        for (int i = 0; i < leaders.size(); i++) {
            build.charge(leaders.get(i).post(), charged.get(i), CHARGE_START);
            for (Unit unit : charged.get(i)) {
                leaderOf.put(unit, leaders.get(i).post());
            }
        }
    }

    private void withinUnit(BuiltUnit unit) {
        for (Post deputy : unit.deputies()) {
            add(LineTopic.MUTUAL, deputy, unit.head());
        }
        unit.discipline().ifPresent(post -> add(LineTopic.SECTION, post, unit.head()));
        LineTopic staff = unit.family() == Family.ASSOCIATION ? LineTopic.LIAISON : LineTopic.STAFF;
        for (SharedPost shared : unit.shared()) {
            add(staff, shared.post(), unit.head());
        }
        for (BuiltUnit section : unit.sections()) {
            add(LineTopic.SECTION, section.head(), unit.head());
            withinUnit(section);
        }
    }

    private void add(LineTopic topic, Party from, Party to) {
        ReportingLine line = build.line(kindOf(topic), from, to, topic.cadence());
        lines.add(new ScheduledLine(line, topic));
    }

    private static ReportingKind kindOf(LineTopic topic) {
        return switch (topic) {
            case LEVEL -> ReportingKind.LEVEL;
            case LINE_TO_LEADER, LINE_TO_DEPARTMENT -> ReportingKind.LINE;
            case MUTUAL -> ReportingKind.MUTUAL;
            case SECTION, STAFF, LIAISON -> ReportingKind.INTERNAL;
        };
    }
}
