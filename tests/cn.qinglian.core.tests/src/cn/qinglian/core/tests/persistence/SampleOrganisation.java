package cn.qinglian.core.tests.persistence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.WorkspaceStore;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.model.Cadence;
import cn.qinglian.model.ChargeAssignment;
import cn.qinglian.model.CopyNotice;
import cn.qinglian.model.Gender;
import cn.qinglian.model.Identified;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Party;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.Report;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.SupervisionOccasion;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * A small part of L district, saved as a workspace: units four levels deep, posts, people with
 * current and past tenures, a charge assignment, reporting lines of every kind, a copy notice and a
 * report, with Chinese names and texts.
 */
final class SampleOrganisation {

    static final String STATION_HEAD_TENURE_START = "2012-03-01";

    private static final QinglianFactory FACTORY = QinglianFactory.eINSTANCE;

    final WorkspaceModel model;
    final Unit station;
    final Post stationHead;
    final Post deputyHead;
    final Person wangJianguo;
    final Tenure wangAsHead;

    private SampleOrganisation(WorkspaceModel model) {
        this.model = model;
        Organisation organisation = model.organisation();
        Unit district = unit(UnitKind.DISTRICT, "L区", null);
        organisation.getUnits().add(district);
        Unit commission = unit(UnitKind.LEADERSHIP_BODY, "区纪委", district);
        Unit bureau = unit(UnitKind.DEPARTMENT, "区市场监督管理局", district);
        Unit street = unit(UnitKind.STREET, "城关街道", district);
        station = unit(UnitKind.STATION, "城关市场监管所", street);
        station.setCompetentDepartment(bureau);
        station.setDescription("负责城关街道辖区内的市场监管。\n设综合科、执法中队。");
        Unit section = unit(UnitKind.SECTION, "综合科", station);

        Post secretary = post(commission, "纪委书记", PostRole.DISCIPLINE_SECRETARY);
        Post director = post(bureau, "局长", PostRole.HEAD);
        stationHead = post(station, "所长", PostRole.HEAD);
        deputyHead = post(station, "副所长", PostRole.LEADERSHIP_MEMBER);
        Post sectionHead = post(section, "科长", PostRole.SECTION_HEAD);
        Post officer = post(section, "执法队员", PostRole.ENFORCEMENT_OFFICER);

        wangJianguo = person("王建国", "LQ-0001", Gender.MALE, 1972);
        tenure(wangJianguo, deputyHead, "2008-07-15", "2012-02-29");
        wangAsHead = tenure(wangJianguo, stationHead, STATION_HEAD_TENURE_START, null);
        Person liNa = person("李娜", "LQ-0002", Gender.FEMALE, 1988);
        tenure(liNa, officer, "2015-09-01", null);
        Person chenMing = person("陈明", "LQ-0003", Gender.UNSPECIFIED, 0);
        tenure(chenMing, secretary, "2019-01-01", null);
        Person zhaoLei = person("赵磊", "LQ-0004", Gender.MALE, 1980);
        tenure(zhaoLei, sectionHead, "2016-04-01", null);
        tenure(zhaoLei, director, "2010-01-01", "2016-03-31");

        ChargeAssignment charge = identified(FACTORY.createChargeAssignment());
        charge.setLeader(secretary);
        charge.getUnits().addAll(List.of(street, station));
        charge.setStart(LocalDate.parse("2019-01-01"));
        organisation.getChargeAssignments().add(charge);

        ReportingLine level = line(ReportingKind.LEVEL, street, secretary, Cadence.QUARTERLY, "逐级报告：街道主要领导亲自报告");
        line(ReportingKind.LINE, station, director, Cadence.HALF_YEARLY, null);
        line(ReportingKind.INTERNAL, officer, sectionHead, Cadence.MONTHLY, null);
        line(ReportingKind.MUTUAL, deputyHead, stationHead, Cadence.AD_HOC, "班子成员与“一把手”相互报告");

        Report report = identified(FACTORY.createReport());
        report.setDate(LocalDate.parse("2019-06-28"));
        report.setLine(level);
        report.setReporter(wangJianguo);
        report.setRecipient(chenMing);
        report.setTopic("上半年党风廉政建设情况");
        report.setOccasion(SupervisionOccasion.MID_YEAR_CHECK);
        report.getProblemsPointedOut().addAll(List.of("违规接受宴请", "选择性执法", "违规接受宴请"));
        report.setFollowUp("已约谈相关人员。\n整改期限：2019-09-30 & 之后复查 <待定>");
        organisation.getReports().add(report);

        CopyNotice notice = identified(FACTORY.createCopyNotice());
        notice.setDate(LocalDate.parse("2019-07-05"));
        notice.setFrom(commission);
        notice.getTo().addAll(List.of(bureau, street));
        notice.setSubject("关于城关市场监管所执法检查报备情况的抄告");
        notice.setContent("执法检查未按规定报备 3 次。");
        notice.setRelatedReport(report);
        organisation.getCopyNotices().add(notice);
    }

    /** Creates a workspace in {@code folder} holding the sample organisation, saved. */
    static SampleOrganisation saveIn(Path folder, WorkspaceStore store) throws WorkspaceException {
        SampleOrganisation sample = new SampleOrganisation(store.create(folder, "L区清廉站所"));
        store.save(sample.model);
        return sample;
    }

    static SampleOrganisation saveIn(Path folder) throws WorkspaceException {
        return saveIn(folder, new XmiWorkspaceStore());
    }

    Path file() {
        return model.folder().resolve(XmiWorkspaceStore.ORGANISATION_FILE);
    }

    private Unit unit(UnitKind kind, String name, Unit parent) {
        Unit unit = identified(FACTORY.createUnit());
        unit.setKind(kind);
        unit.setName(name);
        if (parent != null) {
            parent.getChildren().add(unit);
        }
        return unit;
    }

    private static Post post(Unit unit, String name, PostRole role) {
        Post post = identified(FACTORY.createPost());
        post.setName(name);
        post.setRole(role);
        unit.getPosts().add(post);
        return post;
    }

    private Person person(String name, String personId, Gender gender, int birthYear) {
        Person person = identified(FACTORY.createPerson());
        person.setName(name);
        person.setPersonId(personId);
        person.setGender(gender);
        person.setBirthYear(birthYear);
        model.organisation().getPeople().add(person);
        return person;
    }

    private static Tenure tenure(Person person, Post post, String start, String end) {
        Tenure tenure = identified(FACTORY.createTenure());
        tenure.setPost(post);
        tenure.setStart(LocalDate.parse(start));
        tenure.setEnd(end == null ? null : LocalDate.parse(end));
        person.getTenures().add(tenure);
        return tenure;
    }

    private ReportingLine line(ReportingKind kind, Party from, Party to, Cadence cadence, String description) {
        ReportingLine line = identified(FACTORY.createReportingLine());
        line.setKind(kind);
        line.setFrom(from);
        line.setTo(to);
        line.setCadence(cadence);
        line.setDescription(description);
        model.organisation().getReportingLines().add(line);
        return line;
    }

    private static <T extends Identified> T identified(T object) {
        object.setId(UUID.randomUUID().toString());
        return object;
    }
}
