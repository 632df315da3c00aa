package cn.qinglian.core.tests.query;

import static cn.qinglian.core.tests.LDistrict.AS_OF;
import static cn.qinglian.core.tests.LDistrict.BUREAU;
import static cn.qinglian.core.tests.LDistrict.CHIEF;
import static cn.qinglian.core.tests.LDistrict.DEPUTY;
import static cn.qinglian.core.tests.LDistrict.SECRETARY;
import static cn.qinglian.core.tests.LDistrict.SECTION;
import static cn.qinglian.core.tests.LDistrict.STATION;
import static cn.qinglian.core.tests.LDistrict.STREET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.query.Units;
import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.model.Party;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.QinglianFactory;

class UnitsTest {

    private final OrganisationBuilder district = LDistrict.builder();

    @Test
    void documentOrderPutsUnitsBeforeTheirPostsAndPostsBeforeChildren() {
        Party detached = QinglianFactory.eINSTANCE.createPost();
        List<Party> parties = new ArrayList<>(List.of(district.unit(STREET), district.post(DEPUTY), detached,
                district.unit(SECTION), district.post(CHIEF), district.unit(STATION), district.post(SECRETARY),
                district.unit(BUREAU)));
        parties.sort(Units.documentOrder());
        assertEquals(List.of(SECRETARY, BUREAU, STATION, CHIEF, DEPUTY, SECTION, STREET, "?#"),
                parties.stream().map(ObjectPaths::partyPath).toList());
    }

    @Test
    void theHeadHeldOnTheDateIsTheHeadPost() {
        district.post(STATION + "#代所长", PostRole.HEAD);
        district.tenure("P005", CHIEF).setEnd(LocalDate.of(2024, 1, 1));
        district.tenure("P005", STATION + "#代所长", "2024-01-01", null);
        assertEquals(Optional.of(district.post(STATION + "#代所长")), Units.headPost(district.unit(STATION), AS_OF));
        assertEquals(Optional.of(district.post(CHIEF)),
                Units.headPost(district.unit(STATION), LocalDate.of(2023, 12, 31)));
    }

    @Test
    void sectionsUseTheHeadOfTheNearestUnitAbove() {
        assertEquals(Optional.empty(), Units.headPost(district.unit(SECTION), AS_OF));
        assertEquals(Optional.of(district.post(CHIEF)), Units.nearestHeadPost(district.unit(SECTION), AS_OF));
    }

    @Test
    void subtreeListsParentsFirst() {
        assertEquals(List.of(BUREAU, STATION, SECTION),
                Units.subtree(district.unit(BUREAU)).stream().map(ObjectPaths::unitPath).toList());
        assertEquals(List.of(SECTION, STATION, BUREAU, LDistrict.DISTRICT),
                Units.ancestorsOrSelf(district.unit(SECTION)).stream().map(ObjectPaths::unitPath).toList());
    }
}
