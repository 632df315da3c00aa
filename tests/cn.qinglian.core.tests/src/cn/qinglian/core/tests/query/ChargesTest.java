package cn.qinglian.core.tests.query;

import static cn.qinglian.core.tests.LDistrict.AS_OF;
import static cn.qinglian.core.tests.LDistrict.BUREAU;
import static cn.qinglian.core.tests.LDistrict.SECRETARY;
import static cn.qinglian.core.tests.LDistrict.SECTION;
import static cn.qinglian.core.tests.LDistrict.STATION;
import static cn.qinglian.core.tests.LDistrict.STREET;
import static cn.qinglian.core.tests.LDistrict.VICE_HEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.qinglian.core.query.Charges;
import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.tests.OrganisationBuilder;

class ChargesTest {

    private final OrganisationBuilder district = LDistrict.builder();
    private final Charges charges = new Charges(OrganisationIndex.of(district.build()));

    private List<String> units(String leader, LocalDate asOf, boolean subtrees) {
        return charges.unitsInCharge(district.post(leader), asOf, subtrees).stream().map(ObjectPaths::unitPath)
                .toList();
    }

    @Test
    void currentAssignmentsOnly() {
        assertEquals(List.of(BUREAU), units(VICE_HEAD, AS_OF, false));
        assertEquals(List.of(STREET), units(SECRETARY, AS_OF, false));
        assertEquals(List.of(BUREAU), units(SECRETARY, LocalDate.of(2019, 1, 1), false));
        assertEquals(List.of(), units(VICE_HEAD, LocalDate.of(2020, 12, 31), false));
    }

    @Test
    void subtreesFollowEachNamedUnit() {
        assertEquals(List.of(BUREAU, STATION, SECTION), units(VICE_HEAD, AS_OF, true));
    }

    @Test
    void anAssignmentEndsOnItsEndDay() {
        assertEquals(List.of(STREET), units(SECRETARY, LocalDate.of(2021, 1, 1), false));
        assertEquals(List.of(BUREAU), units(SECRETARY, LocalDate.of(2020, 12, 31), false));
    }

    @Test
    void leadersInChargeComeFromTheNearestUnitUp() {
        assertEquals(List.of(district.post(VICE_HEAD)), charges.leadersInCharge(district.unit(SECTION), AS_OF));
        assertEquals(List.of(), charges.leadersInCharge(district.unit(LDistrict.DISTRICT), AS_OF));
    }
}
