package cn.qinglian.inspection.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import cn.qinglian.inspection.model.BanquetFiling;
import cn.qinglian.inspection.model.Enterprise;
import cn.qinglian.inspection.model.EnterpriseInspectionFiling;
import cn.qinglian.inspection.model.Feedback;
import cn.qinglian.inspection.model.InspectionFactory;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.LiaisonStation;
import cn.qinglian.inspection.model.Pledge;
import cn.qinglian.inspection.model.PledgeSignature;
import cn.qinglian.inspection.model.StationVisit;
import cn.qinglian.inspection.pledge.PledgeCoverage;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.UnitKind;

/**
 * The inspection data of the L-district sample, deterministic for a given organisation: 1,050
 * enterprises and 1,150 enterprise-inspection filings covering all of them, banquet filings, the "十不"
 * pledge in two versions with 801 signatures, the 15 liaison stations with visits and feedback, and
 * (through {@link SampleCases}) tours, complaints and findings of every type, rectifications and cases.
 */
public final class InspectionSample {

    /** The day the sample describes (as the core sample). */
    public static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);
    public static final int ENTERPRISES = 1050;
    public static final int ENTERPRISE_FILINGS = 1150;
    public static final int SIGNATURES = 801;
    /** Signatures of the first version by people who have not signed the current one. */
    public static final int OLD_VERSION_SIGNATURES = 37;

    static final InspectionFactory F = InspectionFactory.eINSTANCE;

    private final Organisation organisation;
    private final SampleIds ids = new SampleIds();

    public InspectionSample(Organisation organisation) {
        this.organisation = organisation;
    }

    public void fill(InspectionRoot root) {
        SplittableRandom random = new SplittableRandom(20191231L);
        SamplePools pools = new SamplePools(organisation, AS_OF);
        root.setId(ids.of("root"));
        root.setAcknowledgeDays(1);
        root.setHandleDays(7);
        root.setPriorityHandleDays(3);
        enterprises(root, random.split());
        filings(root, pools, random.split());
        banquets(root, pools, random.split());
        pledges(root, random.split());
        stations(root, pools, random.split());
        new SampleCases(root, pools, ids, random.split()).write(organisation);
    }

    private void enterprises(InspectionRoot root, SplittableRandom random) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < ENTERPRISES; i++) {
            Enterprise enterprise = F.createEnterprise();
            enterprise.setId(ids.of("enterprise/" + i));
            String name;
            do {
                name = "温" + SampleText.pick(random, SampleText.BRAND_FIRST) + SampleText.pick(random, SampleText.BRAND_SECOND)
                        + SampleText.pick(random, SampleText.TRADES) + "有限公司";
            } while (!names.add(name));
            enterprise.setName(name);
            enterprise.setCreditCode(String.format("91330302%09dX", 100000000 + i * 7919 % 900000000));
            enterprise.setSector(SampleText.pick(random, SampleText.SECTORS));
            enterprise.setKeyEnterprise(i % 12 == 0);
            root.getEnterprises().add(enterprise);
        }
    }

    private void filings(InspectionRoot root, SamplePools pools, SplittableRandom random) {
        for (int i = 0; i < ENTERPRISE_FILINGS; i++) {
            Enterprise enterprise = root.getEnterprises().get(i < ENTERPRISES ? i : random.nextInt(ENTERPRISES));
            Post post = pools.officerPosts.get(random.nextInt(pools.officerPosts.size()));
            EnterpriseInspectionFiling filing = F.createEnterpriseInspectionFiling();
            filing.setId(ids.of("filing/" + i));
            filing.setOfficer(pools.holder(post));
            filing.setUnit(post.getUnit());
            filing.setEnterprise(enterprise);
            LocalDate date = day(random, LocalDate.of(2018, 3, 1), LocalDate.of(2019, 12, 20));
            filing.setDate(date);
            filing.setFiledOn(date.minusDays(random.nextInt(3)));
            filing.setPurpose(SampleText.pick(random, SampleText.PURPOSES));
            root.getEnterpriseFilings().add(filing);
        }
    }

    private void banquets(InspectionRoot root, SamplePools pools, SplittableRandom random) {
        for (int i = 0; i < 160; i++) {
            BanquetFiling filing = F.createBanquetFiling();
            filing.setId(ids.of("banquet/" + i));
            filing.setPerson(pools.holders.get(random.nextInt(pools.holders.size())));
            LocalDate date = day(random, LocalDate.of(2018, 3, 1), LocalDate.of(2019, 12, 28));
            filing.setDate(date);
            filing.setFiledOn(date.minusDays(1 + random.nextInt(5)));
            filing.setOccasion(SampleText.pick(random, SampleText.BANQUET_OCCASIONS));
            filing.setPlace(SampleText.pick(random, SampleText.PLACES));
            filing.setParticipants(8 + random.nextInt(120));
            root.getBanquetFilings().add(filing);
        }
    }

    private void pledges(InspectionRoot root, SplittableRandom random) {
        Pledge first = pledge(1, "“十不”承诺（试行）", LocalDate.of(2018, 2, 1), SampleText.PLEDGE_ITEMS.subList(0, 9));
        Pledge current = pledge(2, "清廉站所“十不”承诺", LocalDate.of(2018, 5, 1), SampleText.PLEDGE_ITEMS);
        root.getPledges().add(first);
        root.getPledges().add(current);
        // People in scope, in roster order: the first SIGNATURES - OLD_VERSION_SIGNATURES signed the current
        // version, the next OLD_VERSION_SIGNATURES only the trial one; 801 signers in all (seed figure).
        List<Person> scope = PledgeCoverage.of(root, organisation, AS_OF).inScope();
        int currentSigners = Math.min(scope.size(), SIGNATURES - OLD_VERSION_SIGNATURES);
        for (int i = 0; i < currentSigners; i++) {
            root.getSignatures().add(signature(scope.get(i), current, day(random, LocalDate.of(2018, 5, 2),
                    LocalDate.of(2018, 8, 31))));
        }
        for (int i = currentSigners; i < Math.min(scope.size(), SIGNATURES); i++) {
            root.getSignatures().add(signature(scope.get(i), first, day(random, LocalDate.of(2018, 2, 2),
                    LocalDate.of(2018, 4, 30))));
        }
    }

    private Pledge pledge(int version, String title, LocalDate issuedOn, List<String> items) {
        Pledge pledge = F.createPledge();
        pledge.setId(ids.of("pledge/" + version));
        pledge.setVersion(version);
        pledge.setTitle(title);
        pledge.setIssuedOn(issuedOn);
        pledge.getItems().addAll(items);
        pledge.getScope().addAll(List.of(UnitKind.STREET, UnitKind.STATION, UnitKind.VILLAGE_COMMITTEE));
        return pledge;
    }

    private PledgeSignature signature(Person person, Pledge pledge, LocalDate on) {
        PledgeSignature signature = F.createPledgeSignature();
        signature.setId(ids.of("signature/" + pledge.getVersion() + "/" + person.getId()));
        signature.setPerson(person);
        signature.setPledge(pledge);
        signature.setSignedOn(on);
        return signature;
    }

    private void stations(InspectionRoot root, SamplePools pools, SplittableRandom random) {
        int feedbackNumber = 0;
        for (int s = 0; s < pools.associations.size(); s++) {
            LiaisonStation station = F.createLiaisonStation();
            station.setId(ids.of("station/" + s));
            station.setName(pools.associations.get(s).getName() + "效能监测联络站");
            station.setAssociation(pools.associations.get(s));
            List<Person> team = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                team.add(pools.inspectors.get((s * 3 + k) % pools.inspectors.size()));
            }
            station.getServiceTeam().addAll(team);
            for (int v = 0; v < 8; v++) {
                StationVisit visit = F.createStationVisit();
                visit.setId(ids.of("visit/" + s + "/" + v));
                visit.setDate(LocalDate.of(2019, 2 + v + (v > 5 ? 1 : 0), 5 + random.nextInt(20)));
                visit.getVisitors().addAll(team.subList(0, 1 + random.nextInt(team.size())));
                visit.setNotes(SampleText.pick(random, SampleText.VISIT_NOTES));
                station.getVisits().add(visit);
            }
            for (int f = 0; f < 3; f++) {
                Feedback feedback = F.createFeedback();
                feedback.setId(ids.of("feedback/" + s + "/" + f));
                feedback.setReceivedOn(LocalDate.of(2019, 3 + f * 3, 10 + random.nextInt(15)));
                feedback.setEnterprise(root.getEnterprises().get(random.nextInt(ENTERPRISES)));
                feedback.setText(List.of("反映检查过多过频，希望统一安排", "反映审批窗口答复慢", "反映收费标准不透明",
                        "建议公开执法检查计划").get(feedbackNumber++ % 4));
                station.getFeedback().add(feedback);
            }
            root.getLiaisonStations().add(station);
        }
    }

    static LocalDate day(SplittableRandom random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return LocalDate.ofEpochDay(from.toEpochDay() + random.nextLong(days + 1));
    }
}
