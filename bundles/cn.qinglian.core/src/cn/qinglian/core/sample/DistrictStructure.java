package cn.qinglian.core.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * Builds the unit tree and the posts of one district from its plan.
 *
 * <p>Where a station sits: in the tree, under the street or town where it works (属地); its
 * {@code competentDepartment} is the district department that manages its business and staff (条).
 * So the tree answers "what is there in this street" (what an inspection tour covers), the leader
 * in charge of the street covers the station through its ancestor, and the system line runs from the
 * station to its department (a LINE reporting line).
 */
final class DistrictStructure {

    private static final String[] ASSOCIATIONS = {
        "区鞋革行业协会", "区服装商会", "区眼镜行业协会", "区餐饮行业协会", "区建筑业协会",
        "区物流行业协会", "区电子商务协会", "区个体劳动者协会", "区小微企业商会", "区民营企业商会",
        "区女企业家商会", "区青年企业家商会", "区商贸流通行业协会", "区汽摩配行业协会", "区旅游饭店业协会"
    };
    private static final String LIAISON_STATION = "效能监测联络站：收集、反馈企业对基层站所效能建设的意见建议，"
            + "监督涉企服务“慵懒散慢”、不担当、随意性执法、向企业乱收费等问题";

    private final OrganisationBuilder build;
    private final SplittableRandom random;

    DistrictStructure(OrganisationBuilder build, SplittableRandom random) {
        this.build = build;
        this.random = random;
    }

    District build(DistrictPlan plan) {
        Unit district = build.unit(null, plan.name(), UnitKind.DISTRICT);
        if (plan.index() == 0) {
            district.setDescription("W市L区：2018年起开展清廉站所创建");
        }
        BuiltUnit committee = leadershipBody(district, "区委", "区委书记", List.of("区委副书记"));
        committee.discipline(build.post(committee.unit(), "区纪委书记", PostRole.DISCIPLINE_SECRETARY));
        BuiltUnit government = leadershipBody(district, "区政府", "区长",
                List.of("常务副区长", "副区长（政法）", "副区长（市场）", "副区长（城建）"));
        Unit commission = build.unit(district, "区纪委", UnitKind.LEADERSHIP_BODY);
        commission.setDescription("区纪委监委。区纪委书记为区委常委，其岗位设在区委；逐级报告由区纪委书记听取");
        District result = new District(plan, district, committee, government);
        addLeaders(result);
        for (CompetentDepartment department : CompetentDepartment.values()) {
            result.departments().put(department, department(district, department));
        }
        for (DistrictPlan.StreetPlan street : plan.streets()) {
            result.streets().add(street(district, street, result));
        }
        for (String name : ASSOCIATIONS) {
            result.associations().add(association(district, name));
        }
        return result;
    }

    private BuiltUnit leadershipBody(Unit district, String name, String headTitle, List<String> deputies) {
        BuiltUnit body = new BuiltUnit(build.unit(district, name, UnitKind.LEADERSHIP_BODY), Family.DISTRICT);
        body.head(build.post(body.unit(), headTitle, PostRole.HEAD));
        for (String title : deputies) {
            body.deputies().add(build.post(body.unit(), title, PostRole.LEADERSHIP_MEMBER));
        }
        return body;
    }

    /** The deputy secretary and the deputy heads have lines in charge; the departments are split among the heads. */
    private static void addLeaders(District district) {
        List<Post> government = district.government().deputies();
        district.leaders().add(new District.Leader(district.partyCommittee().deputies().get(0), List.of()));
        district.leaders().add(new District.Leader(government.get(0), List.of(CompetentDepartment.TAX)));
        district.leaders().add(new District.Leader(government.get(1),
                List.of(CompetentDepartment.POLICE, CompetentDepartment.JUSTICE)));
        district.leaders().add(new District.Leader(government.get(2), List.of(CompetentDepartment.MARKET)));
        district.leaders().add(new District.Leader(government.get(3),
                List.of(CompetentDepartment.ENVIRONMENT, CompetentDepartment.ENFORCEMENT)));
    }

    private BuiltUnit department(Unit district, CompetentDepartment spec) {
        BuiltUnit department = new BuiltUnit(build.unit(district, spec.unitName(), UnitKind.DEPARTMENT), spec.family());
        if (spec.enterpriseFacing()) {
            department.unit().setDescription("重点涉企职能单位");
        }
        department.head(build.post(department.unit(), CompetentDepartment.HEAD, PostRole.HEAD));
        for (String title : CompetentDepartment.DEPUTIES) {
            department.deputies().add(build.post(department.unit(), title, PostRole.LEADERSHIP_MEMBER));
        }
        department.discipline(build.post(department.unit(), CompetentDepartment.DISCIPLINE, PostRole.DISCIPLINE_SECRETARY));
        for (SectionSpec section : spec.sections()) {
            department.sections().add(section(department, section, 2 + random.nextInt(2), 0));
        }
        return department;
    }

    private District.Street street(Unit district, DistrictPlan.StreetPlan plan, District result) {
        Unit unit = build.unit(district, plan.unitName(), UnitKind.STREET);
        if (plan.key()) {
            unit.setDescription("重点街镇：企业、商业高度集聚");
        }
        BuiltUnit street = new BuiltUnit(unit, Family.STREET);
        boolean town = plan.town();
        street.head(build.post(unit, town ? "镇党委书记" : "党工委书记", PostRole.HEAD));
        for (String title : town ? List.of("镇长", "镇党委副书记", "副镇长") : List.of("办事处主任", "党工委副书记", "办事处副主任")) {
            street.deputies().add(build.post(unit, title, PostRole.LEADERSHIP_MEMBER));
        }
        street.discipline(build.post(unit, town ? "镇纪委书记" : "纪工委书记", PostRole.DISCIPLINE_SECRETARY));
        for (String name : List.of("党政办公室", town ? "农业农村办公室" : "经济发展办公室", "社会事务办公室", "平安建设办公室")) {
            street.sections().add(section(street, new SectionSpec(name, "主任", PostSpec.staff("科员", 2)), 0, 2));
        }
        List<District.Station> stations = new ArrayList<>();
        for (StationType type : plan.stations()) {
            stations.add(new District.Station(type, station(street, plan, type, result)));
        }
        List<BuiltUnit> villages = new ArrayList<>();
        for (String village : plan.villages()) {
            villages.add(village(unit, plan, village));
        }
        return new District.Street(plan, street, List.copyOf(stations), List.copyOf(villages));
    }

    private BuiltUnit station(BuiltUnit street, DistrictPlan.StreetPlan plan, StationType type, District district) {
        BuiltUnit department = district.departments().get(type.department());
        Unit unit = build.unit(street.unit(), type.nameIn(plan.place()), UnitKind.STATION);
        unit.setCompetentDepartment(department.unit());
        unit.setDescription("属地：" + plan.unitName() + "；主管单位：" + department.unit().getName());
        BuiltUnit station = new BuiltUnit(unit, type.department().family());
        station.head(build.post(unit, type.headTitle(), PostRole.HEAD));
        for (String title : type.deputyTitles()) {
            station.deputies().add(build.post(unit, title, PostRole.LEADERSHIP_MEMBER));
        }
        for (PostSpec spec : type.staff()) {
            station.shared().add(new SharedPost(build.post(unit, spec.title(), spec.role()), spec.weight(), 0));
        }
        for (SectionSpec section : type.sections()) {
            station.sections().add(section(station, section, 0, section.staff().weight()));
        }
        return station;
    }

    /** A section with its head and its staff post; {@code holders} fixed, or 0 with a {@code weight} in the budget. */
    private BuiltUnit section(BuiltUnit parent, SectionSpec spec, int holders, int weight) {
        Unit unit = build.unit(parent.unit(), spec.name(), UnitKind.SECTION);
        BuiltUnit section = new BuiltUnit(unit, parent.family());
        section.head(build.post(unit, spec.headTitle(), PostRole.SECTION_HEAD));
        PostSpec staff = spec.staff();
        section.shared().add(new SharedPost(build.post(unit, staff.title(), staff.role()), weight, holders));
        return section;
    }

    private BuiltUnit village(Unit street, DistrictPlan.StreetPlan plan, String name) {
        Unit unit = build.unit(street, plan.villageUnitName(name), UnitKind.VILLAGE_COMMITTEE);
        BuiltUnit village = new BuiltUnit(unit, Family.VILLAGE);
        village.head(build.post(unit, "党组织书记", PostRole.HEAD));
        String committee = plan.town() ? "村委会" : "居委会";
        boolean oneShoulder = random.nextInt(100) < 60;
        village.deputies().add(build.post(unit, committee + (oneShoulder ? "副主任" : "主任"), PostRole.LEADERSHIP_MEMBER));
        village.shared().add(new SharedPost(build.post(unit, "两委委员", PostRole.STAFF), 0, 2 + random.nextInt(3)));
        return village;
    }

    private BuiltUnit association(Unit district, String name) {
        Unit unit = build.unit(district, name, UnitKind.ASSOCIATION);
        unit.setDescription(LIAISON_STATION);
        BuiltUnit association = new BuiltUnit(unit, Family.ASSOCIATION);
        association.head(build.post(unit, "会长", PostRole.HEAD));
        association.shared().add(new SharedPost(build.post(unit, "联络员", PostRole.STAFF), 0, 1));
        return association;
    }
}
