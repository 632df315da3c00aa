package cn.qinglian.core.sample;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.model.Cadence;
import cn.qinglian.model.ChargeAssignment;
import cn.qinglian.model.CopyNotice;
import cn.qinglian.model.Gender;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Party;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.Report;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * Creates the model objects of the sample, each with its deterministic id, and adds them to the
 * organisation. Keys are readable paths: {@code L区/青山街道/青山派出所} for a unit, the unit's key
 * and the title for a post, the roster number for a person.
 */
final class OrganisationBuilder {

    private static final QinglianFactory FACTORY = QinglianFactory.eINSTANCE;

    private final SampleIds ids;
    private final Organisation organisation;
    private final Map<Party, String> keys = new HashMap<>();

    OrganisationBuilder(long seed, String name) {
        this.ids = new SampleIds(seed);
        this.organisation = FACTORY.createOrganisation();
        organisation.setId(ids.of("organisation"));
        organisation.setName(name);
        organisation.setFormatVersion(XmiWorkspaceStore.CURRENT_MODEL_FORMAT);
    }

    Organisation organisation() {
        return organisation;
    }

    Unit unit(Unit parent, String name, UnitKind kind) {
        String key = parent == null ? name : keys.get(parent) + "/" + name;
        Unit unit = FACTORY.createUnit();
        unit.setId(ids.of("unit|" + key));
        unit.setName(name);
        unit.setKind(kind);
        keys.put(unit, key);
        if (parent == null) {
            organisation.getUnits().add(unit);
        } else {
            parent.getChildren().add(unit);
        }
        return unit;
    }

    Post post(Unit unit, String title, PostRole role) {
        String key = keys.get(unit) + "|" + title;
        Post post = FACTORY.createPost();
        post.setId(ids.of("post|" + key));
        post.setName(title);
        post.setRole(role);
        keys.put(post, key);
        unit.getPosts().add(post);
        return post;
    }

    Person person(String personId, String name, Gender gender, int birthYear) {
        Person person = FACTORY.createPerson();
        person.setId(ids.of("person|" + personId));
        person.setPersonId(personId);
        person.setName(name);
        person.setGender(gender);
        person.setBirthYear(birthYear);
        organisation.getPeople().add(person);
        return person;
    }

    Tenure tenure(Person person, Post post, LocalDate start, LocalDate end) {
        Tenure tenure = FACTORY.createTenure();
        tenure.setId(ids.of("tenure|" + person.getPersonId() + "|" + person.getTenures().size()));
        tenure.setPost(post);
        tenure.setStart(start);
        tenure.setEnd(end);
        person.getTenures().add(tenure);
        return tenure;
    }

    ChargeAssignment charge(Post leader, Collection<Unit> units, LocalDate start) {
        ChargeAssignment charge = FACTORY.createChargeAssignment();
        charge.setId(ids.of("charge|" + keys.get(leader)));
        charge.setLeader(leader);
        charge.getUnits().addAll(units);
        charge.setStart(start);
        organisation.getChargeAssignments().add(charge);
        return charge;
    }

    ReportingLine line(ReportingKind kind, Party from, Party to, Cadence cadence) {
        ReportingLine line = FACTORY.createReportingLine();
        line.setId(ids.of("line|" + kind + "|" + keys.get(from) + "->" + keys.get(to)));
        line.setKind(kind);
        line.setFrom(from);
        line.setTo(to);
        line.setCadence(cadence);
        organisation.getReportingLines().add(line);
        return line;
    }

    /** A report on {@code line}; the caller fills in what was said. */
    Report report(ReportingLine line, LocalDate date, Person reporter, Person recipient) {
        Report report = FACTORY.createReport();
        report.setId(ids.ofFree("report|" + line.getId() + "|" + date));
        report.setLine(line);
        report.setDate(date);
        report.setReporter(reporter);
        report.setRecipient(recipient);
        organisation.getReports().add(report);
        return report;
    }

    CopyNotice copyNotice(Party from, Collection<? extends Party> to, LocalDate date, String subject) {
        CopyNotice notice = FACTORY.createCopyNotice();
        notice.setId(ids.ofFree("notice|" + keys.get(from) + "|" + date));
        notice.setFrom(from);
        notice.getTo().addAll(to);
        notice.setDate(date);
        notice.setSubject(subject);
        organisation.getCopyNotices().add(notice);
        return notice;
    }
}
