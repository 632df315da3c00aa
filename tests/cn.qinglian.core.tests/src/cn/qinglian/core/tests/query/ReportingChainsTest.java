package cn.qinglian.core.tests.query;

import static cn.qinglian.core.tests.LDistrict.AS_OF;
import static cn.qinglian.core.tests.LDistrict.BUREAU;
import static cn.qinglian.core.tests.LDistrict.CHIEF;
import static cn.qinglian.core.tests.LDistrict.CLERK;
import static cn.qinglian.core.tests.LDistrict.DEPUTY;
import static cn.qinglian.core.tests.LDistrict.DIRECTOR;
import static cn.qinglian.core.tests.LDistrict.DISCIPLINE;
import static cn.qinglian.core.tests.LDistrict.DISTRICT;
import static cn.qinglian.core.tests.LDistrict.OFFICER;
import static cn.qinglian.core.tests.LDistrict.SECRETARY;
import static cn.qinglian.core.tests.LDistrict.SECTION_CHIEF;
import static cn.qinglian.core.tests.LDistrict.VICE_HEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.qinglian.core.query.ChainStep;
import cn.qinglian.core.query.ChainStep.Hop;
import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.core.query.ReportingChains;
import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.Cadence;

class ReportingChainsTest {

    private static List<String> chain(OrganisationBuilder builder, String start) {
        return describe(steps(builder, start));
    }

    private static List<ChainStep> steps(OrganisationBuilder builder, String start) {
        return new ReportingChains(OrganisationIndex.of(builder.build())).from(builder.post(start), AS_OF);
    }

    private static List<String> describe(List<ChainStep> steps) {
        return steps.stream().map(step -> step.hop() + " " + ObjectPaths.partyPath(step.party())).toList();
    }

    @Test
    void clerkReportsThroughSectionDeputyAndHeadUpToTheDistrictHead() {
        OrganisationBuilder district = LDistrict.builder();
        List<ChainStep> steps = steps(district, CLERK);
        assertEquals(List.of("START " + CLERK, "REPORTING_LINE " + SECTION_CHIEF, "REPORTING_LINE " + DEPUTY,
                "HEAD_OF_UNIT " + CHIEF, "REPORTING_LINE " + VICE_HEAD, "HEAD_OF_UNIT " + SECRETARY),
                describe(steps));
        assertEquals(district.line(CLERK, SECTION_CHIEF), steps.get(1).line());
        assertEquals(district.line(CHIEF, VICE_HEAD), steps.get(4).line());
        assertEquals(null, steps.get(3).line(), "the mutual line is not followed, the hierarchy is");
    }

    @Test
    void postWithoutLinesGoesToTheHeadOfItsUnit() {
        OrganisationBuilder district = LDistrict.builder().post(BUREAU + "#办公室科员", PostRole.STAFF);
        assertEquals(List.of("START " + BUREAU + "#办公室科员", "HEAD_OF_UNIT " + DIRECTOR,
                "REPORTING_LINE " + VICE_HEAD, "HEAD_OF_UNIT " + SECRETARY), chain(district, BUREAU + "#办公室科员"));
    }

    @Test
    void headWithoutOwnLinesUsesTheLinesOfItsUnit() {
        OrganisationBuilder district = LDistrict.builder();
        district.build().getReportingLines().remove(district.line(CHIEF, VICE_HEAD));
        assertEquals(List.of("START " + OFFICER, "REPORTING_LINE " + DEPUTY, "HEAD_OF_UNIT " + CHIEF,
                "REPORTING_LINE " + DISCIPLINE, "HEAD_OF_UNIT " + SECRETARY), chain(district, OFFICER));
    }

    @Test
    void internalLinesArePreferredOverLineAndLevelLines() {
        OrganisationBuilder district = LDistrict.builder()
                .line(ReportingKind.INTERNAL, CHIEF, DIRECTOR, Cadence.AD_HOC);
        assertEquals(List.of("START " + CHIEF, "REPORTING_LINE " + DIRECTOR, "REPORTING_LINE " + VICE_HEAD,
                "HEAD_OF_UNIT " + SECRETARY), chain(district, CHIEF));
    }

    @Test
    void lineToAUnitGoesOnToItsHead() {
        OrganisationBuilder district = LDistrict.builder();
        district.build().getReportingLines().remove(district.line(DIRECTOR, VICE_HEAD));
        district.line(ReportingKind.LINE, DIRECTOR, DISTRICT, Cadence.YEARLY);
        List<ChainStep> steps = steps(district, DIRECTOR);
        assertEquals(List.of("START " + DIRECTOR, "REPORTING_LINE " + DISTRICT, "HEAD_OF_UNIT " + SECRETARY),
                describe(steps));
    }

    @Test
    void aCycleOfLinesIsLeftAlongTheHierarchy() {
        OrganisationBuilder district = LDistrict.builder()
                .line(ReportingKind.INTERNAL, SECTION_CHIEF, CLERK, Cadence.AD_HOC);
        district.build().getReportingLines().remove(district.line(SECTION_CHIEF, DEPUTY));
        assertEquals(List.of("START " + CLERK, "REPORTING_LINE " + SECTION_CHIEF, "HEAD_OF_UNIT " + CHIEF,
                "REPORTING_LINE " + VICE_HEAD, "HEAD_OF_UNIT " + SECRETARY), chain(district, CLERK));
    }

    @Test
    void theDistrictHeadIsAChainOfItsOwn() {
        assertEquals(List.of("START " + SECRETARY), chain(LDistrict.builder(), SECRETARY));
    }

    @Test
    void linesOfAUnitAreUsedOnlyByItsHead() {
        OrganisationBuilder district = LDistrict.builder()
                .line(ReportingKind.LEVEL, LDistrict.SECTION, DISCIPLINE, Cadence.YEARLY);
        district.build().getReportingLines().remove(district.line(CLERK, SECTION_CHIEF));
        assertEquals(List.of("START " + CLERK, "HEAD_OF_UNIT " + CHIEF, "REPORTING_LINE " + VICE_HEAD,
                "HEAD_OF_UNIT " + SECRETARY), chain(district, CLERK));
    }
}
