package cn.qinglian.core.tests.query;

import static cn.qinglian.core.tests.LDistrict.AS_OF;
import static cn.qinglian.core.tests.LDistrict.CHIEF;
import static cn.qinglian.core.tests.LDistrict.STATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import cn.qinglian.core.query.TenureLength;
import cn.qinglian.core.query.TenureLengths;
import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.model.PostRole;

class TenureLengthsTest {

    private static final String POST_A = STATION + "#甲岗";
    private static final String POST_B = STATION + "/综合科#乙岗";

    private final OrganisationBuilder district = LDistrict.builder().post(POST_A, PostRole.STAFF)
            .post(POST_B, PostRole.STAFF).person("P100", "测试人");

    private static long days(String from, String to) {
        return ChronoUnit.DAYS.between(LocalDate.parse(from), LocalDate.parse(to));
    }

    private TenureLength inStation() {
        return TenureLengths.inUnit(district.person("P100"), district.unit(STATION), AS_OF);
    }

    @Test
    void consecutivePostsInTheUnitMakeOneStintForTheRotationAlert() {
        TenureLength inUnit = TenureLengths.inUnit(district.person("P005"), district.unit(STATION), AS_OF);
        assertEquals(new TenureLength(LocalDate.of(2008, 1, 1), days("2008-01-01", "2024-06-30"),
                days("2008-01-01", "2024-06-30")), inUnit);
        assertEquals(Period.of(16, 5, 29), inUnit.currentPeriod(AS_OF));
        assertTrue(inUnit.atLeastYears(10, AS_OF));
        TenureLength inPost = TenureLengths.inPost(district.person("P005"), district.post(CHIEF), AS_OF);
        assertEquals(LocalDate.of(2012, 5, 1), inPost.since());
        assertTrue(inPost.atLeastYears(10, AS_OF));
        assertFalse(inPost.atLeastYears(13, AS_OF));
    }

    @Test
    void aGapStartsANewStintButTheTotalCountsBoth() {
        district.tenure("P100", POST_A, "2000-01-01", "2005-01-01").tenure("P100", POST_B, "2010-01-01", null);
        TenureLength length = inStation();
        assertEquals(LocalDate.of(2010, 1, 1), length.since());
        assertEquals(days("2010-01-01", "2024-06-30"), length.currentDays());
        assertEquals(days("2000-01-01", "2005-01-01") + days("2010-01-01", "2024-06-30"), length.totalDays());
        assertTrue(length.atLeastYears(10, AS_OF));
    }

    @Test
    void aTenureStartingTheDayAfterTheLastEndsContinuesTheStint() {
        district.tenure("P100", POST_A, "2010-01-01", "2012-04-30").tenure("P100", POST_B, "2012-05-01", null);
        assertEquals(LocalDate.of(2010, 1, 1), inStation().since());
    }

    @Test
    void overlappingTenuresAreCountedOnce() {
        district.tenure("P100", POST_A, "2020-01-01", "2022-01-01").tenure("P100", POST_B, "2021-01-01", "2023-01-01");
        TenureLength length = inStation();
        assertEquals(new TenureLength(null, 0, days("2020-01-01", "2023-01-01")), length);
        assertFalse(length.isCurrent());
        assertFalse(length.atLeastYears(1, AS_OF));
    }

    @Test
    void tenuresAfterTheDateAreIgnoredAndRunningOnesAreCutAtIt() {
        district.tenure("P100", POST_A, "2024-01-01", null).tenure("P100", POST_B, "2025-01-01", null);
        assertEquals(new TenureLength(LocalDate.of(2024, 1, 1), days("2024-01-01", "2024-06-30"),
                days("2024-01-01", "2024-06-30")), inStation());
    }

    @Test
    void tenuresElsewhereDoNotCount() {
        district.tenure("P100", LDistrict.DIRECTOR, "2001-01-01", null);
        assertEquals(TenureLength.NONE, inStation());
        assertEquals(Period.ZERO, TenureLength.NONE.currentPeriod(AS_OF));
    }
}
