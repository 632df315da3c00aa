package cn.qinglian.core.tests.query;

import static cn.qinglian.core.tests.LDistrict.CHIEF;
import static cn.qinglian.core.tests.LDistrict.CLERK;
import static cn.qinglian.core.tests.LDistrict.SECTION;
import static cn.qinglian.core.tests.LDistrict.SECTION_CHIEF;
import static cn.qinglian.core.tests.LDistrict.STATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.UnitKind;

class ObjectPathsTest {

    private final OrganisationBuilder district = LDistrict.builder();
    private final Organisation organisation = district.build();

    @Test
    void unitAndPostPathsReadFromTheTopDown() {
        assertEquals("L区/区市场监管局/城东市场监管所/综合科", ObjectPaths.path(district.unit(SECTION)));
        assertEquals("L区/区市场监管局/城东市场监管所/综合科#科员", ObjectPaths.path(district.post(CLERK)));
    }

    @Test
    void otherObjectsHaveTypedPaths() {
        assertEquals("person:P008 冯科员", ObjectPaths.path(district.person("P008")));
        assertEquals("line:" + CLERK + " -> " + SECTION_CHIEF, ObjectPaths.path(district.line(CLERK, SECTION_CHIEF)));
        assertEquals("line:" + STATION + " -> L区#区纪委书记",
                ObjectPaths.path(district.line(STATION, LDistrict.DISCIPLINE)));
        assertEquals("tenure:P005 @ " + STATION + "#副所长 2008-01-01..2012-05-01",
                ObjectPaths.path(district.tenure("P005", LDistrict.DEPUTY)));
        assertEquals("tenure:P005 @ " + CHIEF + " 2012-05-01..", ObjectPaths.path(district.tenure("P005", CHIEF)));
        assertEquals("charge:L区#副区长 -> L区/区市场监管局",
                ObjectPaths.path(organisation.getChargeAssignments().get(1)));
        assertEquals("report:2024-01-10 P008 -> P007", ObjectPaths.path(organisation.getReports().get(0)));
        assertEquals("organisation:L区", ObjectPaths.path(organisation));
        assertEquals("-", ObjectPaths.path(null));
    }

    @Test
    void objectsOfOtherTypesShowTypeAndId() {
        var notice = QinglianFactory.eINSTANCE.createCopyNotice();
        notice.setId("n-1");
        notice.setFrom(district.unit(STATION));
        assertEquals("notice:? " + STATION, ObjectPaths.path(notice));
        var assignment = QinglianFactory.eINSTANCE.createChargeAssignment();
        assertEquals("charge:? -> ", ObjectPaths.path(assignment));
    }

    @Test
    void objectsOfModulesShowTypeAndNameNumberOrTitle() {
        EClass complaint = EcoreFactory.eINSTANCE.createEClass();
        complaint.setName("Complaint");
        for (String name : new String[] { "id", "number", "title" }) {
            EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
            attribute.setName(name);
            attribute.setEType(EcorePackage.Literals.ESTRING);
            complaint.getEStructuralFeatures().add(attribute);
        }
        EPackage module = EcoreFactory.eINSTANCE.createEPackage();
        module.getEClassifiers().add(complaint);
        EObject object = module.getEFactoryInstance().create(complaint);
        assertEquals("Complaint", ObjectPaths.path(object), "nothing to call it by");
        object.eSet(complaint.getEStructuralFeature("title"), "执法检查未报备");
        assertEquals("Complaint:执法检查未报备", ObjectPaths.path(object));
        object.eSet(complaint.getEStructuralFeature("number"), "TS-2019-007");
        assertEquals("Complaint:TS-2019-007", ObjectPaths.path(object), "the number before the title");
    }

    @Test
    void pathsReadBack() {
        assertEquals(Optional.of(district.unit(SECTION)), ObjectPaths.unitByPath(organisation, SECTION));
        assertEquals(Optional.of(district.post(CLERK)), ObjectPaths.postByPath(organisation, CLERK));
        assertEquals(Optional.of(district.unit(LDistrict.DISTRICT)), ObjectPaths.unitByPath(organisation, "L区"));
    }

    @Test
    void unknownOrMismatchedPathsFindNothing() {
        assertEquals(Optional.empty(), ObjectPaths.unitByPath(organisation, "L区/不存在的局"));
        assertEquals(Optional.empty(), ObjectPaths.unitByPath(organisation, CLERK));
        assertEquals(Optional.empty(), ObjectPaths.postByPath(organisation, SECTION));
        assertEquals(Optional.empty(), ObjectPaths.postByPath(organisation, SECTION + "#处长"));
        assertEquals(Optional.empty(), ObjectPaths.postByPath(organisation, CLERK + "#多余"));
    }

    @Test
    void separatorsInNamesAreEscapedAndReadBack() {
        district.unit(STATION + "/调解室", UnitKind.SECTION).post(STATION + "/调解室#岗", PostRole.STAFF);
        var odd = district.unit(STATION + "/调解室");
        odd.setName("调解/信访室");
        var post = district.post(STATION + "/调解室#岗");
        post.setName("A#B\\C");
        String unitPath = STATION + "/调解\\/信访室";
        String postPath = unitPath + "#A\\#B\\\\C";
        assertEquals(unitPath, ObjectPaths.path(odd));
        assertEquals(postPath, ObjectPaths.path(post));
        assertEquals(Optional.of(odd), ObjectPaths.unitByPath(organisation, unitPath));
        assertEquals(Optional.of(post), ObjectPaths.postByPath(organisation, postPath));
    }
}
