package cn.qinglian.award.tests;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.model.AwardCadence;
import cn.qinglian.award.model.AwardFactory;
import cn.qinglian.award.model.AwardType;
import cn.qinglian.award.model.CriterionWeight;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.model.ElectionStatus;
import cn.qinglian.award.model.Nomination;
import cn.qinglian.award.model.NominationKind;
import cn.qinglian.award.model.ScopeLevel;
import cn.qinglian.award.model.Vote;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * A hand-made station for hand-computed cases: L区 with 城东派出所 (所长 张所长 P100; staff 王一 P101,
 * 李二 P102, 赵三 P103, 钱五 P105, 孙六 P106, 周七 P107, 吴八 P108 since 2018-01-01; 新人 P109 since
 * 2019-09-01) and 城西派出所 (外所 P110). The award type 每月之星 weights peer votes and leader
 * recommendation 1 : 1, three votes per voter, six months' minimum tenure, no repeat within three
 * periods; its election for 2019-11 takes nominations 2019-12-01..07 and votes 2019-12-08..14.
 */
final class Station {

    private static final QinglianFactory CORE = QinglianFactory.eINSTANCE;
    private static final AwardFactory AWARD = AwardFactory.eINSTANCE;

    final Organisation organisation;
    final Unit station;
    final Unit otherStation;
    final AwardBook book;
    final AwardType monthly;
    final Map<String, Person> people = new LinkedHashMap<>();
    private int ids;

    Station() {
        ResourceSet resourceSet = XmiWorkspaceStore.newResourceSet();
        Resource resource = resourceSet.createResource(URI.createURI("memory:/organisation.qinglian"));
        organisation = CORE.createOrganisation();
        organisation.setId(id());
        organisation.setName("L区");
        resource.getContents().add(organisation);
        Unit district = unit("L区", UnitKind.DISTRICT);
        organisation.getUnits().add(district);
        station = unit("城东派出所", UnitKind.STATION);
        otherStation = unit("城西派出所", UnitKind.STATION);
        district.getChildren().add(station);
        district.getChildren().add(otherStation);
        Post head = post(station, "所长", PostRole.HEAD);
        Post officer = post(station, "民警", PostRole.ENFORCEMENT_OFFICER);
        Post other = post(otherStation, "民警", PostRole.ENFORCEMENT_OFFICER);
        LocalDate long1 = LocalDate.of(2018, 1, 1);
        person("张所长", "P100", head, long1);
        String[][] staff = { { "王一", "P101" }, { "李二", "P102" }, { "赵三", "P103" }, { "钱五", "P105" },
            { "孙六", "P106" }, { "周七", "P107" }, { "吴八", "P108" } };
        for (String[] member : staff) {
            person(member[0], member[1], officer, long1);
        }
        person("新人", "P109", officer, LocalDate.of(2019, 9, 1));
        person("外所", "P110", other, long1);

        Resource awardResource = resourceSet.createResource(URI.createURI("memory:/award.qinglian"));
        book = AWARD.createAwardBook();
        book.setId(id());
        awardResource.getContents().add(book);
        monthly = AWARD.createAwardType();
        monthly.setId(id());
        monthly.setName("每月之星");
        monthly.setCadence(AwardCadence.MONTHLY);
        monthly.setScopeLevel(ScopeLevel.STATION);
        weight("award.peer-votes", 1);
        weight("award.leader-recommendation", 1);
        book.getAwardTypes().add(monthly);
    }

    Person p(String name) {
        return people.get(name);
    }

    void weight(String criterion, double value) {
        CriterionWeight weight = AWARD.createCriterionWeight();
        weight.setId(id());
        weight.setCriterion(criterion);
        weight.setWeight(value);
        monthly.getCriteria().add(weight);
    }

    /** A new election of 每月之星 in 城东派出所 for the month of {@code month}, added to the book. */
    Election election(LocalDate month) {
        Election election = cn.qinglian.award.election.Elections.create(monthly, station, month, id());
        book.getElections().add(election);
        return election;
    }

    Nomination nominate(Election election, String nominee, String nominator, NominationKind kind, LocalDate date) {
        Nomination nomination = AWARD.createNomination();
        nomination.setId(id());
        nomination.setNominee(p(nominee));
        nomination.setNominator(p(nominator));
        nomination.setKind(kind);
        nomination.setReason("理由");
        nomination.setDate(date);
        election.getNominations().add(nomination);
        return nomination;
    }

    /** Votes recorded as given (as an import would), without the checks of the vote command. */
    void votes(Election election, LocalDate date, String voter, String... nominees) {
        for (String nominee : nominees) {
            Vote vote = AWARD.createVote();
            vote.setId(id());
            vote.setVoter(p(voter));
            vote.setNominee(p(nominee));
            vote.setDate(date);
            election.getVotes().add(vote);
        }
        election.setStatus(ElectionStatus.VOTING);
    }

    private Unit unit(String name, UnitKind kind) {
        Unit unit = CORE.createUnit();
        unit.setId(id());
        unit.setName(name);
        unit.setKind(kind);
        return unit;
    }

    private Post post(Unit unit, String name, PostRole role) {
        Post post = CORE.createPost();
        post.setId(id());
        post.setName(name);
        post.setRole(role);
        unit.getPosts().add(post);
        return post;
    }

    private void person(String name, String number, Post post, LocalDate start) {
        Person person = CORE.createPerson();
        person.setId(id());
        person.setName(name);
        person.setPersonId(number);
        organisation.getPeople().add(person);
        Tenure tenure = CORE.createTenure();
        tenure.setId(id());
        tenure.setStart(start);
        person.getTenures().add(tenure);
        tenure.setPost(post);
        people.put(name, person);
    }

    private String id() {
        return "id-" + ids++;
    }
}
