package cn.qinglian.core.tests.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.sample.SampleGenerator;
import cn.qinglian.core.sample.SampleSettings;
import cn.qinglian.core.sample.SampleSummary;
import cn.qinglian.model.ChargeAssignment;
import cn.qinglian.model.Gender;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.Report;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/** The L district sample as the seed paper describes it, and the rules every generated organisation keeps. */
class SampleGeneratorTest {

    private static Organisation lDistrict;
    private static SampleRules rules;

    @BeforeAll
    static void generate() {
        lDistrict = new SampleGenerator().generate(SampleSettings.lDistrict());
        rules = new SampleRules(lDistrict);
    }

    private static List<Unit> unitsOf(UnitKind kind) {
        return rules.units().stream().filter(u -> u.getKind() == kind).toList();
    }

    private static Unit unitNamed(String name) {
        return rules.units().stream().filter(u -> name.equals(u.getName())).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    private static Post postNamed(Unit unit, String title) {
        return unit.getPosts().stream().filter(p -> title.equals(p.getName())).findFirst().orElseThrow(() -> new AssertionError(title));
    }

    @Test
    void eightHundredAndOneCurrentStaffOfStreetsStationsAndVillageCommitteesSignedThePledge() {
        assertEquals(801, rules.pledgeSigners());
        SampleSummary summary = SampleSummary.of(lDistrict);
        assertEquals(801, summary.pledgeSigners());
        assertTrue(summary.people() > summary.currentStaff() && summary.currentStaff() > 801, summary.toString());
    }

    @Test
    void theDistrictHasItsLeadershipBodiesAndLeaders() {
        Unit district = lDistrict.getUnits().get(0);
        assertEquals("L区", district.getName());
        assertEquals(UnitKind.DISTRICT, district.getKind());
        assertEquals(List.of("区委", "区政府", "区纪委"), district.getChildren().stream()
                .filter(u -> u.getKind() == UnitKind.LEADERSHIP_BODY).map(Unit::getName).toList());
        assertEquals(PostRole.HEAD, postNamed(unitNamed("区委"), "区委书记").getRole());
        assertEquals(PostRole.HEAD, postNamed(unitNamed("区政府"), "区长").getRole());
        assertEquals(PostRole.DISCIPLINE_SECRETARY, postNamed(unitNamed("区委"), "区纪委书记").getRole());
        long deputyHeads = unitNamed("区政府").getPosts().stream()
                .filter(p -> p.getName().contains("副区长") && p.getRole() == PostRole.LEADERSHIP_MEMBER).count();
        assertEquals(4, deputyHeads);
    }

    @Test
    void deputyHeadsAreInChargeOfTheCompetentDepartmentsAndEveryStreet() {
        Map<Unit, Post> leaderOf = new java.util.HashMap<>();
        for (ChargeAssignment charge : lDistrict.getChargeAssignments()) {
            charge.getUnits().forEach(u -> leaderOf.put(u, charge.getLeader()));
        }
        for (String department : List.of("区生态环境局", "区市场监督管理局", "区综合行政执法局", "区公安分局", "区税务局", "区司法局")) {
            Post leader = leaderOf.get(unitNamed(department));
            assertTrue(leader != null && leader.getName().contains("副区长"), department + " in charge of " + leader);
        }
        unitsOf(UnitKind.STREET).forEach(street -> assertTrue(leaderOf.containsKey(street), street.getName()));
    }

    @Test
    void streetsAndTownsHoldStationsSectionsAndVillageCommittees() {
        List<String> streets = unitsOf(UnitKind.STREET).stream().map(Unit::getName).toList();
        assertTrue(streets.stream().filter(n -> n.endsWith("街道")).count() >= 3, streets.toString());
        assertTrue(streets.stream().filter(n -> n.endsWith("镇")).count() >= 1, streets.toString());
        Map<String, String> departmentOf = Map.of("派出所", "区公安分局", "市场监管所", "区市场监督管理局",
                "综合行政执法中队", "区综合行政执法局", "环保所", "区生态环境局", "税务所", "区税务局", "司法所", "区司法局");
        for (Unit station : unitsOf(UnitKind.STATION)) {
            assertEquals(UnitKind.STREET, station.getParent().getKind(), station.getName());
            String type = departmentOf.keySet().stream().filter(station.getName()::endsWith).findFirst().orElseThrow();
            assertEquals(departmentOf.get(type), station.getCompetentDepartment().getName(), station.getName());
        }
        for (String type : departmentOf.keySet()) {
            assertTrue(unitsOf(UnitKind.STATION).stream().anyMatch(s -> s.getName().endsWith(type)), type);
        }
        assertTrue(unitsOf(UnitKind.VILLAGE_COMMITTEE).size() >= 12);
        unitsOf(UnitKind.VILLAGE_COMMITTEE).forEach(v -> assertEquals(UnitKind.STREET, v.getParent().getKind()));
        assertTrue(unitsOf(UnitKind.SECTION).stream().map(Unit::getName).collect(Collectors.toSet())
                .containsAll(Set.of("综合科", "执法科", "办公室", "党政办公室")));
    }

    @Test
    void fifteenAssociationsAndChambersHostTheLiaisonStations() {
        List<Unit> associations = unitsOf(UnitKind.ASSOCIATION);
        assertEquals(15, associations.size());
        for (Unit association : associations) {
            assertTrue(association.getName().endsWith("协会") || association.getName().endsWith("商会"), association.getName());
            assertTrue(association.getDescription().startsWith("效能监测联络站"), association.getName());
        }
    }

    @Test
    void atLeastTwentyPeopleHaveBeenMoreThanTenYearsInOnePost() {
        long people = lDistrict.getPeople().stream()
                .filter(p -> p.getTenures().stream().anyMatch(t -> SampleRules.days(t) > 3653)).count();
        assertTrue(people >= 20, people + " people");
    }

    @Test
    void somePeopleHaveBeenMoreThanTenYearsInOneStationAcrossPosts() {
        long people = lDistrict.getPeople().stream().filter(SampleGeneratorTest::overTenYearsInOneStationAcrossPosts).count();
        assertTrue(people >= 5, people + " people");
    }

    private static boolean overTenYearsInOneStationAcrossPosts(Person person) {
        List<Tenure> tenures = person.getTenures();
        for (int i = 1; i < tenures.size(); i++) {
            Unit station = SampleRules.ancestorOfKind(tenures.get(i).getPost().getUnit(), UnitKind.STATION);
            Tenure before = tenures.get(i - 1);
            if (station != null && before.getPost() != tenures.get(i).getPost()
                    && station == SampleRules.ancestorOfKind(before.getPost().getUnit(), UnitKind.STATION)
                    && SampleRules.days(before) + SampleRules.days(tenures.get(i)) > 3653) {
                return true;
            }
        }
        return false;
    }

    @Test
    void reportsFallIn2018And2019OnLinesOfEveryKind() {
        assertTrue(lDistrict.getReports().size() > 1000, lDistrict.getReports().size() + " reports");
        for (Report report : lDistrict.getReports()) {
            int year = report.getDate().getYear();
            assertTrue(year == 2018 || year == 2019, report.getDate().toString());
        }
        Set<ReportingKind> kinds = lDistrict.getReports().stream().map(r -> r.getLine().getKind()).collect(Collectors.toSet());
        assertEquals(Set.of(ReportingKind.values()), kinds);
        assertTrue(lDistrict.getReports().stream().anyMatch(r -> r.getProblemsPointedOut().stream()
                .anyMatch(p -> p.startsWith("违规接受宴请："))));
    }

    @Test
    void levelLinesRunFromKeyStreetsAndEnterpriseFacingDepartmentsToTheDisciplineSecretary() {
        Post secretary = postNamed(unitNamed("区委"), "区纪委书记");
        Set<String> from = lDistrict.getReportingLines().stream().filter(l -> l.getKind() == ReportingKind.LEVEL)
                .peek(l -> assertEquals(secretary, l.getTo())).map(l -> l.getFrom().getName()).collect(Collectors.toSet());
        assertTrue(from.containsAll(Set.of("区生态环境局", "区市场监督管理局", "区综合行政执法局")), from.toString());
        assertTrue(from.stream().anyMatch(n -> n.endsWith("街道")), from.toString());
        assertFalse(from.contains("区公安分局"), from.toString());
    }

    @Test
    void someLinesHaveNotReportedSoTheQuestionHasAnswers() {
        Map<ReportingLine, List<Report>> byLine = lDistrict.getReports().stream()
                .collect(Collectors.groupingBy(Report::getLine));
        long silent = lDistrict.getReportingLines().stream().filter(l -> l.getKind() != ReportingKind.INTERNAL
                || !(l.getTo() instanceof Post post) || post.getUnit().getKind() != UnitKind.ASSOCIATION)
                .filter(l -> !byLine.containsKey(l)).count();
        assertTrue(silent >= 3, silent + " lines without reports");
        LocalDate midYear2019 = LocalDate.of(2019, 7, 1);
        assertTrue(lDistrict.getReportingLines().stream().filter(l -> l.getKind() == ReportingKind.LEVEL)
                .anyMatch(l -> byLine.getOrDefault(l, List.of()).stream()
                        .noneMatch(r -> r.getDate().getYear() == 2019 && r.getDate().isBefore(midYear2019))));
        assertTrue(lDistrict.getReportingLines().stream().filter(l -> l.getKind() == ReportingKind.LINE)
                .anyMatch(l -> byLine.getOrDefault(l, List.of()).stream().noneMatch(r -> r.getDate().getYear() == 2019)
                        && byLine.containsKey(l)));
    }

    @Test
    void copyNoticesFollowReportsThatPointedOutProblems() {
        assertTrue(lDistrict.getCopyNotices().size() >= 5, lDistrict.getCopyNotices().size() + " copy notices");
        lDistrict.getCopyNotices().forEach(notice -> {
            assertFalse(notice.getRelatedReport().getProblemsPointedOut().isEmpty(), notice.getSubject());
            assertTrue(notice.getDate().isAfter(notice.getRelatedReport().getDate()), notice.getSubject());
            assertTrue(notice.getSubject().endsWith("的廉政抄告"), notice.getSubject());
        });
    }

    @Test
    void everyStationHasACompetentDepartmentAndALeaderInCharge() {
        assertEquals(List.of(), rules.stationsHaveDepartmentAndLeader());
    }

    @Test
    void everyUnitWithPostsHasExactlyOneCurrentHead() {
        assertEquals(List.of(), rules.oneCurrentHeadPerUnitWithPosts());
    }

    @Test
    void careersHaveOneToFourTenuresOneAfterTheOther() {
        assertEquals(List.of(), rules.tenuresWellFormed());
        assertEquals(List.of(), rules.singlePostsNeverShared());
        Map<Integer, Long> sizes = lDistrict.getPeople().stream()
                .collect(Collectors.groupingBy(p -> p.getTenures().size(), Collectors.counting()));
        assertEquals(Set.of(1, 2, 3, 4), sizes.keySet());
    }

    @Test
    void reportingLinesFormTheResponsibilitySystem() {
        assertEquals(List.of(), rules.noCycleAmongNonMutualLines());
        assertEquals(List.of(), rules.mutualLinesJoinHeadAndLeadershipMember());
        assertEquals(List.of(), rules.staffPostsReachTheirHeads());
    }

    @Test
    void reportersAndRecipientsHeldTheEndsOfTheLineOnTheDay() {
        assertEquals(List.of(), rules.reportsMatchLineEndsAndTenures());
    }

    @Test
    void peopleHaveChineseNamesBothGendersAndPlausibleAges() {
        Map<Gender, Long> genders = lDistrict.getPeople().stream().collect(Collectors.groupingBy(Person::getGender, Collectors.counting()));
        assertTrue(genders.getOrDefault(Gender.MALE, 0L) > 0 && genders.getOrDefault(Gender.FEMALE, 0L) > 0, genders.toString());
        for (Person person : lDistrict.getPeople()) {
            assertTrue(person.getName().matches("\\p{IsHan}{2,4}"), person.getName());
            Tenure first = person.getTenures().get(0);
            Tenure last = person.getTenures().get(person.getTenures().size() - 1);
            assertTrue(first.getStart().getYear() - person.getBirthYear() >= 20, person.getPersonId());
            boolean government = SampleRules.ancestorOfKind(last.getPost().getUnit(), UnitKind.VILLAGE_COMMITTEE) == null
                    && SampleRules.ancestorOfKind(last.getPost().getUnit(), UnitKind.ASSOCIATION) == null;
            int ageAtLastDay = (last.getEnd() == null ? 2019 : last.getEnd().getYear()) - person.getBirthYear();
            assertTrue(ageAtLastDay <= (government ? 61 : 70), person.getPersonId() + " aged " + ageAtLastDay);
        }
        long distinct = lDistrict.getPeople().stream().map(Person::getName).distinct().count();
        assertTrue(distinct > lDistrict.getPeople().size() * 9 / 10, distinct + " distinct names");
    }

    @Test
    void theSameSettingsGiveTheSameOrganisationAndAnotherSeedOtherPeople() {
        Organisation again = new SampleGenerator().generate(SampleSettings.lDistrict());
        assertEquals(namesById(lDistrict), namesById(again));
        Organisation other = new SampleGenerator().generate(new SampleSettings(1, 801, 7));
        assertNotEquals(namesById(lDistrict).values().stream().toList(), namesById(other).values().stream().toList());
        assertEquals(801, new SampleRules(other).pledgeSigners());
    }

    private static Map<String, String> namesById(Organisation organisation) {
        return organisation.getPeople().stream().collect(Collectors.toMap(Person::getId, Person::getName, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    @Test
    void aCityHasTheRequestedDistrictsAndStaffAndKeepsTheRules() {
        Organisation city = new SampleGenerator().generate(new SampleSettings(3, 400, SampleSettings.DEFAULT_SEED));
        SampleRules cityRules = new SampleRules(city);
        assertEquals("W市", city.getName());
        assertEquals(List.of("L区", "甲区", "乙区"), city.getUnits().stream().map(Unit::getName).toList());
        assertEquals(1200, cityRules.pledgeSigners());
        assertEquals(45, cityRules.units().stream().filter(u -> u.getKind() == UnitKind.ASSOCIATION).count());
        assertEquals(List.of(), cityRules.oneCurrentHeadPerUnitWithPosts());
        assertEquals(List.of(), cityRules.stationsHaveDepartmentAndLeader());
        assertEquals(List.of(), cityRules.staffPostsReachTheirHeads());
        assertEquals(List.of(), cityRules.reportsMatchLineEndsAndTenures());
        assertEquals(List.of(), cityRules.noCycleAmongNonMutualLines());
    }

    @Test
    void lDistrictIsTheSameAloneAndAsTheFirstDistrictOfACity() {
        Organisation city = new SampleGenerator().generate(new SampleSettings(2, 801, SampleSettings.DEFAULT_SEED));
        Function<Organisation, List<String>> lPeople = o -> o.getPeople().stream()
                .filter(p -> p.getPersonId().startsWith("L-")).map(p -> p.getId() + p.getName() + p.getBirthYear()).toList();
        assertEquals(lPeople.apply(lDistrict), lPeople.apply(city));
        assertTrue(city.getPeople().stream().anyMatch(p -> p.getPersonId().startsWith("D02-")));
    }

    @Test
    void tooFewStaffForADistrictIsRefusedAndTheSmallestDistrictWorks() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SampleSettings(1, 149, 1));
        assertTrue(e.getMessage().contains("150"), e.getMessage());
        Organisation smallest = new SampleGenerator().generate(new SampleSettings(1, SampleSettings.MIN_STAFF_PER_DISTRICT, 1));
        SampleRules smallestRules = new SampleRules(smallest);
        assertEquals(SampleSettings.MIN_STAFF_PER_DISTRICT, smallestRules.pledgeSigners());
        assertEquals(List.of(), smallestRules.oneCurrentHeadPerUnitWithPosts());
    }
}
