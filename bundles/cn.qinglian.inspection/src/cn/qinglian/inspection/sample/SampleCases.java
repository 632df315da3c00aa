package cn.qinglian.inspection.sample;

import static cn.qinglian.inspection.sample.InspectionSample.AS_OF;
import static cn.qinglian.inspection.sample.InspectionSample.F;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.core.query.Units;
import cn.qinglian.inspection.cases.SecondInvestigations;
import cn.qinglian.inspection.categories.FindingCategories;
import cn.qinglian.inspection.categories.FindingCategory;
import cn.qinglian.inspection.model.Complainant;
import cn.qinglian.inspection.model.ComplainantType;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.ComplaintChannel;
import cn.qinglian.inspection.model.ComplaintStatus;
import cn.qinglian.inspection.model.Decision;
import cn.qinglian.inspection.model.EnterpriseInspectionFiling;
import cn.qinglian.inspection.model.Feedback;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.FindingSource;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.InspectionTour;
import cn.qinglian.inspection.model.InvestigationCase;
import cn.qinglian.inspection.model.LeaderInvestigation;
import cn.qinglian.inspection.model.Severity;
import cn.qinglian.inspection.model.TourStatus;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

/** Tours, complaints, findings of every category and source, their rectifications and cases, for the sample. */
final class SampleCases {

    private static final List<String> CATEGORIES = FindingCategories.BUILT_IN.stream().map(FindingCategory::id)
            .toList();
    private static final int COMPLAINTS = 48;

    private final InspectionRoot root;
    private final SamplePools pools;
    private final SampleIds ids;
    private final SplittableRandom random;
    private final SampleRectifications rectifications;
    private int findingNumber;
    private final StringBuilder takenNames = new StringBuilder();

    SampleCases(InspectionRoot root, SamplePools pools, SampleIds ids, SplittableRandom random) {
        this.root = root;
        this.pools = pools;
        this.ids = ids;
        this.random = random;
        this.rectifications = new SampleRectifications(root, ids, random);
    }

    void write(Organisation organisation) {
        organisation.getPeople().forEach(p -> takenNames.append(p.getName()).append('|'));
        root.getEnterprises().forEach(e -> takenNames.append(e.getName()).append('|'));
        tour(0, "2018年第一轮巡察", LocalDate.of(2018, 4, 9), LocalDate.of(2018, 5, 25), TourStatus.CLOSED, 0);
        tour(1, "2019年第一轮巡察", LocalDate.of(2019, 4, 8), LocalDate.of(2019, 5, 31), TourStatus.REPORTED, 4);
        tour(2, "2019年第二轮巡察", LocalDate.of(2019, 11, 4), LocalDate.of(2019, 12, 20), TourStatus.IN_PROGRESS, 9);
        complaints();
        feedbackFindings();
        crossCheckFindings();
        cases(organisation);
    }

    private void tour(int number, String name, LocalDate start, LocalDate end, TourStatus status, int firstStation) {
        InspectionTour tour = F.createInspectionTour();
        tour.setId(ids.of("tour/" + number));
        tour.setName(name);
        tour.setStart(start);
        tour.setEnd(end);
        tour.setStatus(status);
        for (int k = 0; k < 4; k++) {
            tour.getTeam().add(pools.inspectors.get((number * 4 + k + 7) % pools.inspectors.size()));
            tour.getTargetUnits().add(pools.stations.get((firstStation + k) % pools.stations.size()));
        }
        tour.setTeamLeader(tour.getTeam().get(0));
        tour.getFocus().addAll(SampleText.TOUR_FOCUS.subList(number, number + 3));
        tour.setSummary(name + "：对" + tour.getTargetUnits().size() + "个站所开展巡察，重点检查"
                + String.join("、", tour.getFocus()) + "。");
        root.getTours().add(tour);
        for (int k = 0; k < 12; k++) {
            Unit station = tour.getTargetUnits().get(k % tour.getTargetUnits().size());
            Finding finding = finding(CATEGORIES.get((number * 12 + k) % CATEGORIES.size()), FindingSource.TOUR, station,
                    InspectionSample.day(random, start.plusDays(7), end));
            finding.setTour(tour);
            rectifications.rectify(finding, tour.getTeamLeader().getName(), status, k);
        }
    }

    private Finding finding(String category, FindingSource source, Unit unit, LocalDate foundOn) {
        Finding finding = F.createFinding();
        finding.setId(ids.of("finding/" + findingNumber++));
        finding.setCategory(category);
        finding.setSource(source);
        finding.setTitle(SampleText.pick(random, SampleText.findingTitles(category)));
        finding.setDescription(finding.getTitle() + "，经核查属实。");
        finding.setSeverity(Severity.values()[findingNumber % 3]);
        finding.setFoundOn(foundOn);
        finding.setUnit(unit);
        Post post = postIn(unit);
        if (post != null) {
            finding.getPosts().add(post);
            Person person = pools.holder(post);
            if (person != null) {
                finding.getPersons().add(person);
            }
        }
        root.getFindings().add(finding);
        return finding;
    }

    private Post postIn(Unit unit) {
        List<Post> candidates = pools.frontlinePosts.stream().filter(p -> Units.isWithin(p.getUnit(), unit)).toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private void complaints() {
        ComplaintChannel[] channels = ComplaintChannel.values();
        ComplainantType[] types = ComplainantType.values();
        for (int i = 0; i < COMPLAINTS; i++) {
            Complaint complaint = F.createComplaint();
            complaint.setId(ids.of("complaint/" + i));
            complaint.setNumber(String.format("TS%03d", i + 1));
            boolean recent = i >= COMPLAINTS - 8;
            LocalDate received = recent ? LocalDate.of(2019, 12, 20 + (i - (COMPLAINTS - 8)))
                    : InspectionSample.day(random, LocalDate.of(2018, 3, 1), LocalDate.of(2019, 11, 30));
            complaint.setReceivedOn(received);
            complaint.setChannel(channels[i % channels.length]);
            complaint.setComplainantType(types[i % types.length]);
            if (complaint.getComplainantType() != ComplainantType.ANONYMOUS) {
                Complainant complainant = F.createComplainant();
                complainant.setName(complainantName());
                complainant.setContact(String.format("1375770%04d", random.nextInt(10000)));
                complainant.setOrganisation(complaint.getComplainantType() == ComplainantType.CITIZEN ? ""
                        : root.getEnterprises().get(random.nextInt(root.getEnterprises().size())).getName());
                complaint.setComplainant(complainant);
            }
            String category = CATEGORIES.get(i % CATEGORIES.size());
            complaint.setCategory(category);
            complaint.setSummary("反映" + SampleText.pick(random, SampleText.findingTitles(category)) + "问题");
            Unit station = pools.stations.get(random.nextInt(pools.stations.size()));
            Post post = postIn(station);
            complaint.setTargetUnit(station);
            complaint.setTargetPost(post);
            complaint.setTargetPerson(post == null ? null : pools.holder(post));
            if (i % 4 == 1) {
                aboutInspection(complaint, i);
            }
            if (complaint.getChannel() == ComplaintChannel.LIAISON_STATION) {
                complaint.setLiaisonStation(root.getLiaisonStations().get(i % root.getLiaisonStations().size()));
            }
            if (recent) {
                open(complaint, i);
            } else {
                handled(complaint);
            }
            root.getComplaints().add(complaint);
            if (i < CATEGORIES.size()) {
                Finding finding = finding(category, FindingSource.COMPLAINT, station, complaint.getAcknowledgedOn());
                finding.setComplaint(complaint);
                finding.setEnterprise(complaint.getEnterprise());
                finding.setInspectionDate(complaint.getInspectionDate());
                rectifications.rectify(finding, "快查快处组", received.getYear() == 2018 ? TourStatus.CLOSED
                        : TourStatus.REPORTED, i);
            }
        }
    }

    /** Most complaints about an inspection match a filing; every fifth names an inspection never filed. */
    /**
     * Complainants are outsiders: a three-character name that no roster name, enterprise name or other
     * complainant contains, so a complainant's name in an export can only come from the complaint.
     */
    private String complainantName() {
        String name;
        do {
            name = SampleText.personName(random);
        } while (name.length() != 3 || takenNames.toString().contains(name));
        takenNames.append(name).append('|');
        return name;
    }

    private void aboutInspection(Complaint complaint, int i) {
        EnterpriseInspectionFiling filing = root.getEnterpriseFilings().get((i * 37) % root.getEnterpriseFilings().size());
        complaint.setEnterprise(filing.getEnterprise());
        if (i % 20 == 5) {
            complaint.setInspectionDate(filing.getDate().plusDays(3));
        } else {
            complaint.setInspectionDate(filing.getDate());
            complaint.setTargetPerson(filing.getOfficer());
            complaint.setTargetUnit(filing.getUnit());
            complaint.setTargetPost(null);
        }
    }

    private void open(Complaint complaint, int i) {
        complaint.setStatus(ComplaintStatus.RECEIVED);
        if (i % 2 == 0) {
            complaint.setAcknowledgedOn(complaint.getReceivedOn());
            complaint.setStatus(ComplaintStatus.INVESTIGATING);
            complaint.setSuspended(complaint.getTargetPerson() != null && i % 4 == 0);
        }
    }

    private void handled(Complaint complaint) {
        complaint.setAcknowledgedOn(complaint.getReceivedOn().plusDays(random.nextInt(2)));
        complaint.setHandledOn(complaint.getReceivedOn().plusDays(1 + random.nextInt(5)));
        complaint.setStatus(ComplaintStatus.HANDLED);
        complaint.setOutcome(List.of("经查属实，已责令整改", "经查部分属实，已约谈提醒", "经查不属实，已向举报人反馈",
                "已转立案查处").get(random.nextInt(4)));
    }

    private void feedbackFindings() {
        for (int s = 0; s < 3; s++) {
            Feedback feedback = root.getLiaisonStations().get(s).getFeedback().get(1);
            Finding finding = finding(s == 0 ? FindingCategories.WORK_STYLE : s == 1 ? FindingCategories.ILLEGAL_FEES
                    : FindingCategories.ARBITRARY_ENFORCEMENT, FindingSource.LIAISON_STATION,
                    pools.stations.get((s * 5 + 2) % pools.stations.size()), feedback.getReceivedOn().plusDays(10));
            finding.setLiaisonStation(root.getLiaisonStations().get(s));
            finding.setEnterprise(feedback.getEnterprise());
            feedback.setFinding(finding);
            rectifications.rectify(finding, "联络服务组", TourStatus.REPORTED, s);
        }
        for (int s = 3; s < 5; s++) {
            Feedback feedback = root.getLiaisonStations().get(s).getFeedback().get(0);
            Complaint complaint = root.getComplaints().get(s * 6 + 3);
            feedback.setComplaint(complaint);
        }
    }

    private void crossCheckFindings() {
        for (int k = 0; k < 2; k++) {
            EnterpriseInspectionFiling filing = root.getEnterpriseFilings().get(300 + k * 211);
            Finding finding = finding(FindingCategories.ARBITRARY_ENFORCEMENT, FindingSource.FILING_CROSS_CHECK,
                    filing.getUnit(), LocalDate.of(2019, 10, 15 + k));
            finding.setTitle("涉企检查未按规定报备");
            finding.setEnterprise(filing.getEnterprise());
            finding.setInspectionDate(filing.getDate().minusDays(9));
            finding.getPersons().clear();
            finding.getPersons().add(filing.getOfficer());
            rectifications.rectify(finding, "巡察办", TourStatus.IN_PROGRESS, k);
        }
    }

    private void cases(Organisation organisation) {
        SecondInvestigations second = new SecondInvestigations(OrganisationIndex.of(organisation));
        List<Finding> grave = root.getFindings().stream()
                .filter(f -> f.getSeverity() == Severity.GRAVE && !f.getPosts().isEmpty() && !f.getPersons().isEmpty())
                .limit(8).toList();
        Decision[] decisions = { Decision.PARTY_DISCIPLINE, Decision.GOVERNMENT_SANCTION, Decision.ADMONISHMENT,
            Decision.TALK_REMINDER, Decision.CRITICISM, Decision.TRANSFERRED };
        for (int c = 0; c < grave.size(); c++) {
            Finding finding = grave.get(c);
            InvestigationCase investigation = F.createInvestigationCase();
            investigation.setId(ids.of("case/" + c));
            investigation.setTitle(finding.getPersons().get(0).getName() + finding.getTitle() + "案");
            investigation.setFinding(finding);
            investigation.setSubject(finding.getPersons().get(0));
            investigation.setSubjectPost(finding.getPosts().get(0));
            investigation.setOpenedOn(finding.getFoundOn().plusDays(14));
            boolean decided = c < grave.size() - 2;
            investigation.setDecision(decided ? decisions[c % decisions.length] : Decision.PENDING);
            if (decided) {
                investigation.setDecidedOn(investigation.getOpenedOn().plusDays(45));
                if (c % 2 == 0) {
                    investigation.setPublicNoticeOn(investigation.getDecidedOn().plusDays(7));
                    investigation.setPublicNotice("关于" + investigation.getTitle() + "的通报");
                }
            }
            if (c != grave.size() - 1) {
                List<LeaderInvestigation> leaders = new ArrayList<>(second.propose(investigation, AS_OF));
                for (int l = 0; l < leaders.size(); l++) {
                    LeaderInvestigation leader = leaders.get(l);
                    leader.setId(ids.of("case/" + c + "/leader/" + l));
                    if (decided && (c != 1 || l == 0)) {
                        leader.setDecision(l == 0 ? Decision.TALK_REMINDER : Decision.ACCOUNTABILITY);
                        leader.setDecidedOn(investigation.getDecidedOn());
                    }
                }
                investigation.getSecondInvestigations().addAll(leaders);
            }
            root.getCases().add(investigation);
        }
    }
}
