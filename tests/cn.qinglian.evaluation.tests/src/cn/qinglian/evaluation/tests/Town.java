package cn.qinglian.evaluation.tests;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import cn.qinglian.evaluation.EvaluationPart;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.model.ChargeAssignment;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * A small district for hand-computed tests, with the evaluation root next to the organisation in one
 * resource set (as a loaded workspace has it). Units by name, posts by "unit#title", people by name.
 */
final class Town {

    static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);
    private static final QinglianFactory FACTORY = QinglianFactory.eINSTANCE;

    final Organisation organisation = FACTORY.createOrganisation();
    final Evaluation evaluation;
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, Post> posts = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();

    Town() {
        organisation.setId(UUID.randomUUID().toString());
        organisation.setName("L区");
        ResourceSet resourceSet = new ResourceSetImpl();
        Resource organisationFile = new ResourceImpl(URI.createURI("memory:/organisation.qinglian"));
        organisationFile.getContents().add(organisation);
        resourceSet.getResources().add(organisationFile);
        evaluation = (Evaluation) new EvaluationPart().createRoot(organisation);
        Resource evaluationFile = new ResourceImpl(URI.createURI("memory:/evaluation.qinglian"));
        evaluationFile.getContents().add(evaluation);
        resourceSet.getResources().add(evaluationFile);
    }

    /** The usual shape: district with a leader's post, a police station with head, officer, a section. */
    static Town standard() {
        Town town = new Town();
        town.unit("L区", null, UnitKind.DISTRICT).unit("区政府", "L区", UnitKind.LEADERSHIP_BODY)
                .unit("和埠派出所", "L区", UnitKind.STATION).unit("综合室", "和埠派出所", UnitKind.SECTION);
        town.staffed("区政府#副区长", PostRole.LEADERSHIP_MEMBER, "赵区长", "2015-01-01");
        town.staffed("和埠派出所#所长", PostRole.HEAD, "周所长", "2016-03-01");
        town.staffed("和埠派出所#执法队员", PostRole.ENFORCEMENT_OFFICER, "钱队员", "2012-05-01");
        town.staffed("综合室#科员", PostRole.STAFF, "孙科员", "2008-01-01");
        town.charge("区政府#副区长", "2015-01-01", "和埠派出所");
        return town;
    }

    Town unit(String name, String parent, UnitKind kind) {
        Unit unit = FACTORY.createUnit();
        unit.setId(UUID.randomUUID().toString());
        unit.setName(name);
        unit.setKind(kind);
        if (parent == null) {
            organisation.getUnits().add(unit);
        } else {
            unit(parent).getChildren().add(unit);
        }
        units.put(name, unit);
        return this;
    }

    Town post(String path, PostRole role) {
        Post post = FACTORY.createPost();
        post.setId(UUID.randomUUID().toString());
        post.setName(path.substring(path.indexOf('#') + 1));
        post.setRole(role);
        unit(path.substring(0, path.indexOf('#'))).getPosts().add(post);
        posts.put(path, post);
        return this;
    }

    Town newPerson(String name) {
        Person person = FACTORY.createPerson();
        person.setId(UUID.randomUUID().toString());
        person.setName(name);
        person.setPersonId("P" + (people.size() + 1));
        organisation.getPeople().add(person);
        people.put(name, person);
        return this;
    }

    Town tenure(String person, String post, String start, String end) {
        Tenure tenure = FACTORY.createTenure();
        tenure.setId(UUID.randomUUID().toString());
        tenure.setPost(post(post));
        tenure.setStart(LocalDate.parse(start));
        tenure.setEnd(end == null ? null : LocalDate.parse(end));
        person(person).getTenures().add(tenure);
        return this;
    }

    Town staffed(String post, PostRole role, String person, String start) {
        return post(post, role).newPerson(person).tenure(person, post, start, null);
    }

    Town charge(String leaderPost, String start, String... unitNames) {
        ChargeAssignment charge = FACTORY.createChargeAssignment();
        charge.setId(UUID.randomUUID().toString());
        charge.setLeader(post(leaderPost));
        charge.setStart(LocalDate.parse(start));
        for (String name : unitNames) {
            charge.getUnits().add(unit(name));
        }
        organisation.getChargeAssignments().add(charge);
        return this;
    }

    Unit unit(String name) {
        return require(units.get(name), name);
    }

    Post post(String path) {
        return require(posts.get(path), path);
    }

    Person person(String name) {
        return require(people.get(name), name);
    }

    private static <T> T require(T value, String key) {
        if (value == null) {
            throw new IllegalArgumentException("no " + key + " in the test town");
        }
        return value;
    }
}
