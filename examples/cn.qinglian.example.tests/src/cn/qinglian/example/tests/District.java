package cn.qinglian.example.tests;

import java.time.LocalDate;
import java.util.UUID;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/** A small district built in code: L区 with a street and stations whose heads took office on given days. */
final class District {

    private static final QinglianFactory FACTORY = QinglianFactory.eINSTANCE;

    final Organisation organisation;
    final Unit street;

    District(Organisation organisation) {
        this.organisation = organisation;
        Unit district = unit(null, "L区", UnitKind.DISTRICT);
        street = unit(district, "东街道", UnitKind.STREET);
    }

    /** A station under the street whose head post is held by {@code head} since {@code since} (none when null). */
    Unit station(String name, String head, LocalDate since) {
        Unit station = unit(street, name, UnitKind.STATION);
        Post post = identified(FACTORY.createPost());
        post.setName("所长");
        post.setRole(PostRole.HEAD);
        station.getPosts().add(post);
        if (head != null) {
            Person person = identified(FACTORY.createPerson());
            person.setPersonId("P" + organisation.getPeople().size());
            person.setName(head);
            Tenure tenure = identified(FACTORY.createTenure());
            tenure.setPost(post);
            tenure.setStart(since);
            person.getTenures().add(tenure);
            organisation.getPeople().add(person);
        }
        return station;
    }

    private Unit unit(Unit parent, String name, UnitKind kind) {
        Unit unit = identified(FACTORY.createUnit());
        unit.setName(name);
        unit.setKind(kind);
        if (parent == null) {
            organisation.getUnits().add(unit);
        } else {
            parent.getChildren().add(unit);
        }
        return unit;
    }

    private static <T extends Identified> T identified(T object) {
        object.setId(UUID.randomUUID().toString());
        return object;
    }
}
