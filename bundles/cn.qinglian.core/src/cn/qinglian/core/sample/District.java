package cn.qinglian.core.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

/** The units and posts of one generated district, as the later steps (staffing, lines, reports) need them. */
final class District {

    /** A grassroots station, in the tree under its street, managed by {@code type.department()}. */
    record Station(StationType type, BuiltUnit unit) {
    }

    /** A street or town with its sections, stations and village committees. */
    record Street(DistrictPlan.StreetPlan plan, BuiltUnit unit, List<Station> stations, List<BuiltUnit> villages) {

        /** Every unit of the street's subtree whose people signed the pledge. */
        List<BuiltUnit> signerUnits() {
            List<BuiltUnit> units = new ArrayList<>(unit.withSections());
            for (Station station : stations) {
                units.addAll(station.unit().withSections());
            }
            units.addAll(villages);
            return units;
        }
    }

    /** A district leader who has units in charge (分管), and which departments those are. */
    record Leader(Post post, List<CompetentDepartment> departments) {
    }

    private final DistrictPlan plan;
    private final Unit unit;
    private final BuiltUnit partyCommittee;
    private final BuiltUnit government;
    private final Map<CompetentDepartment, BuiltUnit> departments = new EnumMap<>(CompetentDepartment.class);
    private final List<Street> streets = new ArrayList<>();
    private final List<BuiltUnit> associations = new ArrayList<>();
    private final List<Leader> leaders = new ArrayList<>();

    District(DistrictPlan plan, Unit unit, BuiltUnit partyCommittee, BuiltUnit government) {
        this.plan = plan;
        this.unit = unit;
        this.partyCommittee = partyCommittee;
        this.government = government;
    }

    DistrictPlan plan() {
        return plan;
    }

    Unit unit() {
        return unit;
    }

    /** 区委: the secretary is its head, the discipline secretary (a standing committee member) sits here too. */
    BuiltUnit partyCommittee() {
        return partyCommittee;
    }

    /** 区政府: the district head and the deputy heads. */
    BuiltUnit government() {
        return government;
    }

    /** 区纪委书记, who hears the level-by-level reports. */
    Post disciplineSecretary() {
        return partyCommittee.discipline().orElseThrow();
    }

    Map<CompetentDepartment, BuiltUnit> departments() {
        return departments;
    }

    List<Street> streets() {
        return streets;
    }

    List<BuiltUnit> associations() {
        return associations;
    }

    List<Leader> leaders() {
        return leaders;
    }

    /** Every built unit in tree order: leadership bodies, departments, streets, associations. */
    List<BuiltUnit> allUnits() {
        List<BuiltUnit> all = new ArrayList<>();
        all.add(partyCommittee);
        all.add(government);
        for (BuiltUnit department : departments.values()) {
            all.addAll(department.withSections());
        }
        for (Street street : streets) {
            all.addAll(street.signerUnits());
        }
        all.addAll(associations);
        return all;
    }
}
