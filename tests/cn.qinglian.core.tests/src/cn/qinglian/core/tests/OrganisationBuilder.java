package cn.qinglian.core.tests;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import cn.qinglian.model.Cadence;
import cn.qinglian.model.ChargeAssignment;
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
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * Builds test organisations in a few readable lines. Units are named by path ({@code L区/区市场监管局}),
 * posts by {@code unit path#title}, people by person id, dates as {@code yyyy-MM-dd} ({@code null} = open).
 * Creating methods return the builder; the one-argument look-ups return the object.
 */
public final class OrganisationBuilder {

    private static final QinglianFactory FACTORY = QinglianFactory.eINSTANCE;

    private final Organisation organisation;
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, Post> posts = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, ReportingLine> lines = new HashMap<>();

    private OrganisationBuilder(String name) {
        organisation = identified(FACTORY.createOrganisation());
        organisation.setName(name);
    }

    public static OrganisationBuilder organisation(String name) {
        return new OrganisationBuilder(name);
    }

    public Organisation build() {
        return organisation;
    }

    /** A unit; its parent is the path before the last '/' and must exist, a path without '/' is a top unit. */
    public OrganisationBuilder unit(String path, UnitKind kind) {
        Unit unit = identified(FACTORY.createUnit());
        int slash = path.lastIndexOf('/');
        unit.setName(path.substring(slash + 1));
        unit.setKind(kind);
        if (slash < 0) {
            organisation.getUnits().add(unit);
        } else {
            unit(path.substring(0, slash)).getChildren().add(unit);
        }
        units.put(path, unit);
        return this;
    }

    public OrganisationBuilder competentDepartment(String unitPath, String departmentPath) {
        unit(unitPath).setCompetentDepartment(unit(departmentPath));
        return this;
    }

    /** A post {@code unit path#title}. */
    public OrganisationBuilder post(String path, PostRole role) {
        int mark = path.indexOf('#');
        Post post = identified(FACTORY.createPost());
        post.setName(path.substring(mark + 1));
        post.setRole(role);
        unit(path.substring(0, mark)).getPosts().add(post);
        posts.put(path, post);
        return this;
    }

    public OrganisationBuilder person(String personId, String name) {
        Person person = identified(FACTORY.createPerson());
        person.setPersonId(personId);
        person.setName(name);
        organisation.getPeople().add(person);
        people.put(personId, person);
        return this;
    }

    /** A tenure of an existing person in an existing post. */
    public OrganisationBuilder tenure(String personId, String postPath, String start, String end) {
        Tenure tenure = identified(FACTORY.createTenure());
        tenure.setPost(post(postPath));
        tenure.setStart(date(start));
        tenure.setEnd(date(end));
        person(personId).getTenures().add(tenure);
        return this;
    }

    /** A new post held by a new person since {@code start}. */
    public OrganisationBuilder staffed(String postPath, PostRole role, String personId, String name, String start) {
        return post(postPath, role).person(personId, name).tenure(personId, postPath, start, null);
    }

    /** A reporting line; an end containing '#' is a post, otherwise a unit. */
    public OrganisationBuilder line(ReportingKind kind, String from, String to, Cadence cadence) {
        ReportingLine line = identified(FACTORY.createReportingLine());
        line.setKind(kind);
        line.setFrom(party(from));
        line.setTo(party(to));
        line.setCadence(cadence);
        organisation.getReportingLines().add(line);
        lines.put(from + " -> " + to, line);
        return this;
    }

    /** A charge assignment (分管) of a leader post over units. */
    public OrganisationBuilder charge(String leaderPath, String start, String end, String... unitPaths) {
        ChargeAssignment charge = identified(FACTORY.createChargeAssignment());
        charge.setLeader(post(leaderPath));
        charge.setStart(date(start));
        charge.setEnd(date(end));
        for (String unitPath : unitPaths) {
            charge.getUnits().add(unit(unitPath));
        }
        organisation.getChargeAssignments().add(charge);
        return this;
    }

    /** A report on the line {@code from -> to}. */
    public OrganisationBuilder report(String from, String to, String date, String reporterId, String recipientId) {
        Report report = identified(FACTORY.createReport());
        report.setLine(line(from, to));
        report.setDate(date(date));
        report.setReporter(person(reporterId));
        report.setRecipient(person(recipientId));
        report.setTopic("廉政情况");
        organisation.getReports().add(report);
        return this;
    }

    public Unit unit(String path) {
        return require(units.get(path), path);
    }

    public Post post(String path) {
        return require(posts.get(path), path);
    }

    public Person person(String personId) {
        return require(people.get(personId), personId);
    }

    public ReportingLine line(String from, String to) {
        return require(lines.get(from + " -> " + to), from + " -> " + to);
    }

    /** The (first) tenure of a person in a post. */
    public Tenure tenure(String personId, String postPath) {
        Post post = post(postPath);
        return person(personId).getTenures().stream().filter(t -> t.getPost() == post).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(personId + " never held " + postPath));
    }

    private Party party(String path) {
        return path.contains("#") ? post(path) : unit(path);
    }

    public static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static <T extends Identified> T identified(T object) {
        object.setId(UUID.randomUUID().toString());
        return object;
    }

    private static <T> T require(T found, String name) {
        if (found == null) {
            throw new IllegalArgumentException("not built: " + name);
        }
        return found;
    }
}
