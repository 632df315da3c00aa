package cn.qinglian.core.sample;

import java.util.SplittableRandom;

import cn.qinglian.model.Organisation;

/**
 * Generates the L district sample and city-sized workspaces for benchmarks, modelled on the
 * clean-station campaign of W city's L district (seed paper, 2019).
 *
 * <p>Each district gets: 区委 (secretary, deputy secretary, and the district discipline secretary,
 * a standing committee member), 区政府 (district head, four deputy heads with lines in charge), 区纪委,
 * six competent departments with sections, streets and towns with sections, grassroots stations
 * (派出所, 市场监管所, 综合行政执法中队, 环保所, 税务所, 司法所) and village committees, and 15
 * industry associations and chambers hosting the efficiency-monitoring liaison stations. Every post is
 * held; people have careers of one to four tenures; the reporting lines of the responsibility system
 * carry reports of 2018 and 2019.
 *
 * <p>Generation is deterministic: the same settings give the same organisation, ids included. Each
 * district draws from its own random streams, so L district is the same whether it is generated alone
 * or as the first district of a city (given the same staff per district and seed).
 */
public final class SampleGenerator {

    /** Told after each district. */
    @FunctionalInterface
    public interface Progress {
        void districtGenerated(int done, int total);
    }

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    public Organisation generate(SampleSettings settings) {
        return generate(settings, (done, total) -> {
        });
    }

    public Organisation generate(SampleSettings settings, Progress progress) {
        OrganisationBuilder build = new OrganisationBuilder(settings.seed(), settings.organisationName());
        for (int index = 0; index < settings.districts(); index++) {
            generateDistrict(build, index, settings);
            progress.districtGenerated(index + 1, settings.districts());
        }
        return build.organisation();
    }

    private static void generateDistrict(OrganisationBuilder build, int index, SampleSettings settings) {
        SplittableRandom root = new SplittableRandom(settings.seed() ^ (GOLDEN_GAMMA * (index + 1)));
        SplittableRandom planning = root.split();
        SplittableRandom structure = root.split();
        SplittableRandom budget = root.split();
        SplittableRandom staffing = root.split();
        SplittableRandom reports = root.split();
        DistrictPlan plan = DistrictPlan.of(index, settings.staffPerDistrict(), planning);
        District district = new DistrictStructure(build, structure).build(plan);
        StaffBudget.apply(district, settings.staffPerDistrict(), budget);
        new DistrictStaffing(district, build, staffing).staff();
        ResponsibilityLines lines = new ResponsibilityLines(district, build).build();
        new ReportHistory(district, lines, build, reports).write();
    }
}
