package cn.qinglian.award.bridges.tests;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import cn.qinglian.award.election.Elections;
import cn.qinglian.award.eligibility.EligibilityContext;
import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.model.AwardCadence;
import cn.qinglian.award.model.AwardFactory;
import cn.qinglian.award.model.AwardType;
import cn.qinglian.award.model.Election;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.model.EvaluationFactory;
import cn.qinglian.inspection.model.InspectionFactory;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * One resource set as a workspace holds it: L区 with 城东派出所 (民警 王一 and 李二 since 2018-01-01), the
 * award book with 每月之星 for 2019-11 (clean record within 12 months), an inspection part and an
 * evaluation part, both empty.
 */
final class BridgeFixture {

    final ResourceSet resourceSet = XmiWorkspaceStore.newResourceSet();
    final Organisation organisation = QinglianFactory.eINSTANCE.createOrganisation();
    final Unit station = QinglianFactory.eINSTANCE.createUnit();
    final Person wang = person("王一", "P101");
    final Person li = person("李二", "P102");
    final AwardBook book = AwardFactory.eINSTANCE.createAwardBook();
    final AwardType monthly = AwardFactory.eINSTANCE.createAwardType();
    final Election election;
    final InspectionRoot inspection = InspectionFactory.eINSTANCE.createInspectionRoot();
    final Evaluation evaluation = EvaluationFactory.eINSTANCE.createEvaluation();

    BridgeFixture() {
        organisation.setId("org");
        organisation.setName("L区");
        add("organisation.qinglian", organisation);
        Unit district = QinglianFactory.eINSTANCE.createUnit();
        district.setName("L区");
        district.setKind(UnitKind.DISTRICT);
        organisation.getUnits().add(district);
        station.setName("城东派出所");
        station.setKind(UnitKind.STATION);
        district.getChildren().add(station);
        Post officer = QinglianFactory.eINSTANCE.createPost();
        officer.setName("民警");
        officer.setRole(PostRole.ENFORCEMENT_OFFICER);
        station.getPosts().add(officer);
        for (Person person : new Person[] { wang, li }) {
            organisation.getPeople().add(person);
            Tenure tenure = QinglianFactory.eINSTANCE.createTenure();
            tenure.setStart(LocalDate.of(2018, 1, 1));
            person.getTenures().add(tenure);
            tenure.setPost(officer);
        }
        monthly.setName("每月之星");
        monthly.setCadence(AwardCadence.MONTHLY);
        book.getAwardTypes().add(monthly);
        election = Elections.create(monthly, station, LocalDate.of(2019, 11, 1), "e1");
        book.getElections().add(election);
        add("award.qinglian", book);
        add("inspection.qinglian", inspection);
        add("evaluation.qinglian", evaluation);
    }

    EligibilityContext context() {
        return new EligibilityContext(organisation, book, election, Locale.SIMPLIFIED_CHINESE);
    }

    private void add(String file, EObject root) {
        Resource resource = resourceSet.createResource(URI.createURI("memory:/" + file));
        resource.getContents().add(root);
    }

    private static Person person(String name, String number) {
        Person person = QinglianFactory.eINSTANCE.createPerson();
        person.setId(number);
        person.setName(name);
        person.setPersonId(number);
        return person;
    }
}
