package cn.qinglian.core.tests.query;

import static cn.qinglian.core.tests.LDistrict.AS_OF;
import static cn.qinglian.core.tests.LDistrict.CHIEF;
import static cn.qinglian.core.tests.LDistrict.SECTION;
import static cn.qinglian.core.tests.LDistrict.STATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.query.Staffing;
import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.model.Person;

class StaffingTest {

    private final OrganisationBuilder district = LDistrict.builder();

    private List<String> staff(String unit, LocalDate asOf) {
        return Staffing.staff(district.unit(unit), asOf).stream().map(Person::getPersonId).toList();
    }

    @Test
    void staffOfTheSubtreeOnTheDate() {
        assertEquals(List.of("P005", "P006", "P009", "P007", "P008"), staff(STATION, AS_OF));
        assertEquals(List.of("P007", "P008"), staff(SECTION, AS_OF));
    }

    @Test
    void earlierDateShowsEarlierTenures() {
        assertEquals(List.of("P005"), staff(STATION, LocalDate.of(2010, 1, 1)));
    }

    @Test
    void currentTenuresNameThePosts() {
        assertEquals(List.of("tenure:P005 @ " + CHIEF + " 2012-05-01.."),
                Staffing.currentTenures(district.unit(STATION), LocalDate.of(2012, 6, 1)).stream()
                        .filter(t -> t.getPerson().getPersonId().equals("P005")).map(ObjectPaths::path).toList());
    }

    @Test
    void endedTenureDoesNotCount() {
        district.tenure("P008", LDistrict.CLERK).setEnd(LocalDate.of(2024, 6, 30));
        assertEquals(List.of("P007"), staff(SECTION, AS_OF));
    }
}
