package cn.qinglian.inspection.tests;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.inspection.model.InspectionFactory;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.model.ChargeAssignment;
import cn.qinglian.model.Identified;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * A small district for plain-Java tests: L区 with a vice head in charge of the market bureau, the 城东
 * station (head 周所长, officer 陈队员) under the bureau, an inspection root beside the organisation in one
 * resource set, and an editing domain with a command stack over both.
 */
final class District {

    static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);

    final Organisation organisation;
    final InspectionRoot root;
    final AdapterFactoryEditingDomain domain;
    final Unit district;
    final Unit bureau;
    final Unit station;
    final Post viceHead;
    final Post chief;
    final Post officer;
    final Person viceHeadPerson;
    final Person chiefPerson;
    final Person officerPerson;

    District() {
        QinglianFactory f = QinglianFactory.eINSTANCE;
        organisation = id(f.createOrganisation());
        organisation.setName("L区");
        district = unit("L区", UnitKind.DISTRICT, null);
        organisation.getUnits().add(district);
        viceHead = post(district, "副区长", PostRole.LEADERSHIP_MEMBER);
        bureau = unit("区市场监管局", UnitKind.DEPARTMENT, district);
        post(bureau, "局长", PostRole.HEAD);
        station = unit("城东市场监管所", UnitKind.STATION, bureau);
        chief = post(station, "所长", PostRole.HEAD);
        officer = post(station, "执法队员", PostRole.ENFORCEMENT_OFFICER);
        viceHeadPerson = person("P001", "赵区长", viceHead);
        chiefPerson = person("P002", "周所长", chief);
        officerPerson = person("P003", "陈队员", officer);
        ChargeAssignment charge = id(f.createChargeAssignment());
        charge.setLeader(viceHead);
        charge.getUnits().add(bureau);
        charge.setStart(LocalDate.of(2015, 1, 1));
        organisation.getChargeAssignments().add(charge);

        root = id(InspectionFactory.eINSTANCE.createInspectionRoot());
        ResourceSet resourceSet = XmiWorkspaceStore.newResourceSet();
        Resource orgResource = resourceSet.createResource(URI.createFileURI("/tmp/district/organisation.qinglian"));
        orgResource.getContents().add(organisation);
        Resource partResource = resourceSet.createResource(URI.createFileURI("/tmp/district/inspection.qinglian"));
        partResource.getContents().add(root);
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(),
                resourceSet);
    }

    private Unit unit(String name, UnitKind kind, Unit parent) {
        Unit unit = id(QinglianFactory.eINSTANCE.createUnit());
        unit.setName(name);
        unit.setKind(kind);
        if (parent != null) {
            parent.getChildren().add(unit);
        }
        return unit;
    }

    private static Post post(Unit unit, String name, PostRole role) {
        Post post = id(QinglianFactory.eINSTANCE.createPost());
        post.setName(name);
        post.setRole(role);
        unit.getPosts().add(post);
        return post;
    }

    private Person person(String personId, String name, Post post) {
        Person person = id(QinglianFactory.eINSTANCE.createPerson());
        person.setPersonId(personId);
        person.setName(name);
        Tenure tenure = id(QinglianFactory.eINSTANCE.createTenure());
        tenure.setPost(post);
        tenure.setStart(LocalDate.of(2012, 1, 1));
        person.getTenures().add(tenure);
        organisation.getPeople().add(person);
        return person;
    }

    static <T extends Identified> T id(T object) {
        object.setId(UUID.randomUUID().toString());
        return object;
    }
}
