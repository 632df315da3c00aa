package cn.qinglian.core.tests.query;

import static cn.qinglian.core.tests.LDistrict.AS_OF;
import static cn.qinglian.core.tests.LDistrict.CHIEF;
import static cn.qinglian.core.tests.LDistrict.CLERK;
import static cn.qinglian.core.tests.LDistrict.DISCIPLINE;
import static cn.qinglian.core.tests.LDistrict.OFFICER;
import static cn.qinglian.core.tests.LDistrict.SECRETARY;
import static cn.qinglian.core.tests.LDistrict.STATION;
import static cn.qinglian.core.tests.LDistrict.VICE_HEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.core.query.ResponsibleLeader;
import cn.qinglian.core.query.ResponsibleLeaders;
import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.model.Person;

class ResponsibleLeadersTest {

    private static List<String> leaders(OrganisationBuilder builder, String post, LocalDate asOf) {
        return new ResponsibleLeaders(OrganisationIndex.of(builder.build())).of(builder.post(post), asOf).stream()
                .map(ResponsibleLeadersTest::describe).toList();
    }

    private static String describe(ResponsibleLeader leader) {
        return leader.responsibility() + " " + ObjectPaths.postPath(leader.post()) + " "
                + leader.holders().stream().map(Person::getName).toList();
    }

    @Test
    void clerkInASectionAnswersThroughTheStationHeadAndTheLeaderInChargeOfTheBureau() {
        assertEquals(List.of("HEAD_OF_UNIT " + CHIEF + " [周所长]", "LEADER_IN_CHARGE " + VICE_HEAD + " [赵区长]"),
                leaders(LDistrict.builder(), CLERK, AS_OF));
    }

    @Test
    void headHasOnlyTheLeaderInCharge() {
        assertEquals(List.of("LEADER_IN_CHARGE " + VICE_HEAD + " [赵区长]"), leaders(LDistrict.builder(), CHIEF, AS_OF));
    }

    @Test
    void anEarlierDateFindsTheAssignmentAndHoldersOfThatTime() {
        assertEquals(List.of("HEAD_OF_UNIT " + CHIEF + " [周所长]", "LEADER_IN_CHARGE " + SECRETARY + " [王书记]"),
                leaders(LDistrict.builder(), OFFICER, LocalDate.of(2019, 6, 30)));
    }

    @Test
    void vacantHeadIsListedWithoutHolders() {
        OrganisationBuilder district = LDistrict.builder();
        district.tenure("P005", CHIEF).setEnd(LocalDate.of(2024, 3, 1));
        assertEquals(List.of("HEAD_OF_UNIT " + CHIEF + " []", "LEADER_IN_CHARGE " + VICE_HEAD + " [赵区长]"),
                leaders(district, OFFICER, AS_OF));
    }

    @Test
    void theNearestAssignmentWinsOverOnesFurtherUp() {
        OrganisationBuilder district = LDistrict.builder().charge(DISCIPLINE, "2023-01-01", null, STATION);
        assertEquals(List.of("HEAD_OF_UNIT " + CHIEF + " [周所长]", "LEADER_IN_CHARGE " + DISCIPLINE + " [孙书记]"),
                leaders(district, CLERK, AS_OF));
    }

    @Test
    void unitWithoutAnyChargeAboveHasOnlyItsHead() {
        OrganisationBuilder district = LDistrict.builder();
        district.build().getChargeAssignments().clear();
        assertEquals(List.of("HEAD_OF_UNIT " + CHIEF + " [周所长]"), leaders(district, CLERK, AS_OF));
    }
}
