package cn.qinglian.evaluation.sample;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;

import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.core.query.Posts;
import cn.qinglian.core.query.Units;
import cn.qinglian.evaluation.accountability.FailureToHoldAccountable;
import cn.qinglian.evaluation.appraisal.VoterTokens;
import cn.qinglian.evaluation.criteria.AccountabilityRecordsCriterion;
import cn.qinglian.evaluation.criteria.ComputedCriteria;
import cn.qinglian.evaluation.model.AccountabilityCategory;
import cn.qinglian.evaluation.model.AccountabilityRecord;
import cn.qinglian.evaluation.model.AccountabilityStatus;
import cn.qinglian.evaluation.model.Appraisal;
import cn.qinglian.evaluation.model.AppraisalGrade;
import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.AssessmentEntry;
import cn.qinglian.evaluation.model.AssessmentKind;
import cn.qinglian.evaluation.model.Ballot;
import cn.qinglian.evaluation.model.BallotMark;
import cn.qinglian.evaluation.model.CriteriaSet;
import cn.qinglian.evaluation.model.Criterion;
import cn.qinglian.evaluation.model.DutyReport;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.model.EvaluationFactory;
import cn.qinglian.evaluation.model.RaisedProblem;
import cn.qinglian.evaluation.model.RotationPlan;
import cn.qinglian.evaluation.model.ScheduledTalk;
import cn.qinglian.evaluation.model.Score;
import cn.qinglian.evaluation.rotation.RotationAlert;
import cn.qinglian.evaluation.rotation.RotationAlerts;
import cn.qinglian.evaluation.scoring.AssessmentScoring;
import cn.qinglian.evaluation.scoring.LastPlaceProposals;
import cn.qinglian.evaluation.scoring.Rankings;
import cn.qinglian.evaluation.talks.TalkPlanner;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * The evaluation data of the sample, as of {@link #AS_OF} (the day the core sample describes): a
 * criteria set for stations and one for leaders (德能勤绩廉), the 2019 mid-year check and year-end
 * assessment of every station ranked per competent department, a leaders' assessment, duty reports of
 * the street heads, a democratic appraisal, accountability records of every category (末位 proposed
 * from the year-end ranking), rotation plans for the first rotation alerts and talks with every
 * frontline officer. Deterministic: ids are name-based UUIDs of the organisation's id, numbers come
 * from a fixed seed.
 */
public final class EvaluationSample {

    public static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);
    public static final int YEAR = 2019;
    private static final long SEED = 20191231L;

    private final Organisation organisation;
    private final OrganisationIndex index;
    private final SplittableRandom random = new SplittableRandom(SEED);
    private final String idPrefix;
    private int counter;

    public EvaluationSample(Organisation organisation) {
        this.organisation = organisation;
        this.index = OrganisationIndex.of(organisation);
        this.idPrefix = "evaluation:" + organisation.getId() + ":";
    }

    public void fill(Evaluation evaluation) {
        CriteriaSet stationCriteria = stationCriteria();
        CriteriaSet leaderCriteria = leaderCriteria();
        evaluation.getCriteriaSets().add(stationCriteria);
        evaluation.getCriteriaSets().add(leaderCriteria);
        List<Unit> stations = index.units().stream().filter(u -> u.getKind() == UnitKind.STATION).toList();
        evaluation.getAssessments().add(stationAssessment("2019年年中检查（基层站所）", AssessmentKind.MID_YEAR_CHECK,
                LocalDate.of(YEAR, 6, 30), stationCriteria, stations));
        Assessment yearEnd = stationAssessment("2019年年终考核（基层站所）", AssessmentKind.YEAR_END_ASSESSMENT,
                AS_OF, stationCriteria, stations);
        evaluation.getAssessments().add(yearEnd);
        Unit street = firstOfKind(UnitKind.STREET);
        List<Person> leaders = leadershipOf(street);
        evaluation.getAssessments().add(leaderAssessment(street, leaders, leaderCriteria));
        dutyReports(evaluation);
        evaluation.getAppraisals().add(appraisal(street, leaders));
        accountability(evaluation);
        evaluation.getAccountabilityRecords().addAll(new LastPlaceProposals(
                new Rankings(new AssessmentScoring(organisation, ComputedCriteria.of(java.util.Map.of(
                        AccountabilityRecordsCriterion.ID, new AccountabilityRecordsCriterion())))),
                this::nextId).propose(yearEnd, AS_OF));
        rotationPlans(evaluation);
        talks(evaluation);
    }

    private String nextId() {
        return UUID.nameUUIDFromBytes((idPrefix + counter++).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private Supplier<String> ids() {
        return this::nextId;
    }

    private CriteriaSet stationCriteria() {
        CriteriaSet set = EvaluationFactory.eINSTANCE.createCriteriaSet();
        set.setId(nextId());
        set.setName("基层站所年度考核指标");
        set.setDescription("清廉站所创建：党风廉政建设、依法履职、作风效能、群众和企业满意度，问责记录扣分。");
        set.getCriteria().add(criterion("党风廉政建设", 30, 0, 100, "主体责任落实、“十不”承诺、廉政抄告整改。"));
        set.getCriteria().add(criterion("依法履职", 25, 0, 100, "涉企执法检查报备、权力清单公开。"));
        set.getCriteria().add(criterion("作风效能", 20, 0, 100, "效能监测联络站反馈、投诉快查快处。"));
        set.getCriteria().add(criterion("群众和企业满意度", 15, 0, 100, "满意度测评得分。"));
        Criterion records = criterion("问责记录", 10, 0, 100, "考核期内每条问责记录扣 20 分。");
        records.setComputedBy(AccountabilityRecordsCriterion.ID);
        records.setDeductionPerUnit(20);
        set.getCriteria().add(records);
        return set;
    }

    private CriteriaSet leaderCriteria() {
        CriteriaSet set = EvaluationFactory.eINSTANCE.createCriteriaSet();
        set.setId(nextId());
        set.setName("干部年度考核指标（德能勤绩廉）");
        set.setDescription("每项 0–10 分。");
        for (String name : List.of("德", "能", "勤", "绩", "廉")) {
            set.getCriteria().add(criterion(name, 20, 0, 10, null));
        }
        return set;
    }

    private Criterion criterion(String name, double weight, double min, double max, String description) {
        Criterion criterion = EvaluationFactory.eINSTANCE.createCriterion();
        criterion.setId(nextId());
        criterion.setName(name);
        criterion.setWeight(weight);
        criterion.setMinScore(min);
        criterion.setMaxScore(max);
        criterion.setDescription(description);
        return criterion;
    }

    private Assessment stationAssessment(String name, AssessmentKind kind, LocalDate end, CriteriaSet criteria,
            List<Unit> stations) {
        Assessment assessment = assessment(name, kind, end, criteria);
        for (Unit station : stations) {
            AssessmentEntry entry = entry(assessment);
            entry.setUnit(station);
            entry.setRankingGroup(station.getCompetentDepartment() == null ? ""
                    : station.getCompetentDepartment().getName());
            scoreManualCriteria(entry, criteria, 62, 98);
        }
        return assessment;
    }

    private Assessment leaderAssessment(Unit street, List<Person> leaders, CriteriaSet criteria) {
        Assessment assessment = assessment("2019年年终考核（" + street.getName() + "领导班子成员）",
                AssessmentKind.YEAR_END_ASSESSMENT, AS_OF, criteria);
        for (Person leader : leaders) {
            AssessmentEntry entry = entry(assessment);
            entry.setPerson(leader);
            scoreManualCriteria(entry, criteria, 6, 10);
        }
        return assessment;
    }

    private Assessment assessment(String name, AssessmentKind kind, LocalDate end, CriteriaSet criteria) {
        Assessment assessment = EvaluationFactory.eINSTANCE.createAssessment();
        assessment.setId(nextId());
        assessment.setName(name);
        assessment.setKind(kind);
        assessment.setYear(YEAR);
        assessment.setPeriodStart(LocalDate.of(YEAR, 1, 1));
        assessment.setPeriodEnd(end);
        assessment.setCriteriaSet(criteria);
        assessment.setLastPlaces(1);
        return assessment;
    }

    private AssessmentEntry entry(Assessment assessment) {
        AssessmentEntry entry = EvaluationFactory.eINSTANCE.createAssessmentEntry();
        entry.setId(nextId());
        assessment.getEntries().add(entry);
        return entry;
    }

    private void scoreManualCriteria(AssessmentEntry entry, CriteriaSet criteria, int low, int high) {
        for (Criterion criterion : criteria.getCriteria()) {
            if (criterion.getComputedBy() == null) {
                Score score = EvaluationFactory.eINSTANCE.createScore();
                score.setCriterion(criterion);
                score.setValue((low * 10 + random.nextInt((high - low) * 10 + 1)) / 10.0);
                entry.getScores().add(score);
            }
        }
    }

    private void dutyReports(Evaluation evaluation) {
        int n = 0;
        for (Unit street : index.units()) {
            if (street.getKind() != UnitKind.STREET) {
                continue;
            }
            Post head = Units.headPost(street, AS_OF).orElse(null);
            List<Person> holders = head == null ? List.of() : Posts.holders(head, AS_OF);
            if (holders.isEmpty()) {
                continue;
            }
            DutyReport report = EvaluationFactory.eINSTANCE.createDutyReport();
            report.setId(nextId());
            report.setLeader(holders.get(0));
            report.setPost(head);
            report.setYear(YEAR);
            report.setDate(LocalDate.of(YEAR + 1, 1, 10).plusDays(n++));
            report.setSummary(street.getName() + "2019年度述职述廉：落实主体责任，推进清廉站所创建。");
            report.getProblems().add(problem("站所“十不”承诺签订后跟踪检查不够", "区纪委", "已建立季度抽查制度",
                    LocalDate.of(YEAR + 1, 3, 31), LocalDate.of(YEAR + 1, 3, 20)));
            report.getProblems().add(problem("涉企执法检查报备不及时", "效能监测联络站", null,
                    LocalDate.of(YEAR + 1, 6, 30), null));
            evaluation.getDutyReports().add(report);
        }
    }

    private RaisedProblem problem(String description, String raisedBy, String followUp, LocalDate due, LocalDate closed) {
        RaisedProblem problem = EvaluationFactory.eINSTANCE.createRaisedProblem();
        problem.setId(nextId());
        problem.setDescription(description);
        problem.setRaisedBy(raisedBy);
        problem.setFollowUp(followUp);
        problem.setDueDate(due);
        problem.setClosedOn(closed);
        return problem;
    }

    private Appraisal appraisal(Unit street, List<Person> candidates) {
        Appraisal appraisal = EvaluationFactory.eINSTANCE.createAppraisal();
        appraisal.setId(nextId());
        appraisal.setName("2019年度民主评议（" + street.getName() + "领导班子成员）");
        appraisal.setYear(YEAR);
        appraisal.setDate(LocalDate.of(YEAR, 12, 20));
        appraisal.getCandidates().addAll(candidates);
        appraisal.setEligibleVoters(40);
        List<String> tokens = VoterTokens.issue(40, new Random(SEED));
        appraisal.getIssuedTokens().addAll(tokens);
        AppraisalGrade[] grades = AppraisalGrade.values();
        for (String token : tokens.subList(0, 36)) {
            Ballot ballot = EvaluationFactory.eINSTANCE.createBallot();
            ballot.setId(nextId());
            ballot.setToken(token);
            for (Person candidate : candidates) {
                int draw = random.nextInt(100);
                BallotMark mark = EvaluationFactory.eINSTANCE.createBallotMark();
                mark.setCandidate(candidate);
                mark.setGrade(grades[draw < 45 ? 0 : draw < 88 ? 1 : draw < 97 ? 2 : 3]);
                ballot.getMarks().add(mark);
            }
            appraisal.getBallots().add(ballot);
        }
        appraisal.setClosed(true);
        return appraisal;
    }

    private void accountability(Evaluation evaluation) {
        List<Post> officers = postsOf(PostRole.ENFORCEMENT_OFFICER);
        List<Post> staff = postsOf(PostRole.STAFF);
        AccountabilityRecord wrongly = record(evaluation, AccountabilityCategory.ACTING_WRONGLY, officers.get(0),
                LocalDate.of(YEAR, 5, 14), "选择性执法：对同类违法行为处罚标准不一", "诫勉谈话");
        record(evaluation, AccountabilityCategory.IMPROPRIETY, staff.get(staff.size() / 2), LocalDate.of(YEAR, 8, 20),
                "违规接受管理服务对象宴请", "通报批评");
        record(evaluation, AccountabilityCategory.INACTION, officers.get(officers.size() / 2),
                LocalDate.of(YEAR, 10, 9), "企业投诉事项超期未办理（慵懒散慢）", "调整岗位");
        evaluation.getAccountabilityRecords().addAll(
                new FailureToHoldAccountable(index, ids()).propose(wrongly, LocalDate.of(YEAR, 6, 3)));
    }

    private AccountabilityRecord record(Evaluation evaluation, AccountabilityCategory category, Post post,
            LocalDate date, String description, String measure) {
        AccountabilityRecord record = EvaluationFactory.eINSTANCE.createAccountabilityRecord();
        record.setId(nextId());
        record.setCategory(category);
        record.setStatus(AccountabilityStatus.CONFIRMED);
        record.setPerson(Posts.holders(post, date).stream().findFirst().orElse(null));
        record.setPost(post);
        record.setDate(date);
        record.setDescription(description);
        record.setMeasure(measure);
        evaluation.getAccountabilityRecords().add(record);
        return record;
    }

    private void rotationPlans(Evaluation evaluation) {
        List<RotationAlert> alerts = RotationAlerts.of(organisation, evaluation, 10, AS_OF);
        List<LocalDate> dates = List.of(LocalDate.of(YEAR, 9, 1), LocalDate.of(YEAR + 1, 3, 1),
                LocalDate.of(YEAR + 1, 6, 1));
        List<Unit> stations = index.units().stream().filter(u -> u.getKind() == UnitKind.STATION).toList();
        for (int i = 0; i < Math.min(dates.size(), alerts.size()); i++) {
            RotationAlert alert = alerts.get(i);
            RotationPlan plan = EvaluationFactory.eINSTANCE.createRotationPlan();
            plan.setId(nextId());
            plan.setPerson(alert.person());
            plan.setFromPost(alert.post());
            plan.setToUnit(stations.get((stations.indexOf(alert.unit()) + 7 + stations.size()) % stations.size()));
            plan.setPlannedDate(dates.get(i));
            plan.setNote("同一岗位任职满10年，跨街镇交流。");
            evaluation.getRotationPlans().add(plan);
        }
    }

    private void talks(Evaluation evaluation) {
        List<ScheduledTalk> talks = new TalkPlanner(ids()).plan(organisation, evaluation, AS_OF, AS_OF);
        for (int i = 0; i < talks.size(); i++) {
            ScheduledTalk talk = talks.get(i);
            LocalDate due = LocalDate.of(YEAR, 10, 15).plusDays(7L * i);
            talk.setDueDate(due);
            talk.setTopics("执法规范、廉洁自律、“十不”承诺执行情况");
            if (due.isBefore(LocalDate.of(YEAR, 12, 1)) && i % 3 != 0) {
                talk.setHeldOn(due.minusDays(2));
                talk.setSummary("谈话对象表示严守执法纪律，未发现违规问题。");
            }
        }
        evaluation.getTalks().addAll(talks);
    }

    /** Posts of {@code role} held by the same person all year. */
    private List<Post> postsOf(PostRole role) {
        List<Post> posts = new ArrayList<>();
        for (Post post : index.posts()) {
            List<Person> now = Posts.holders(post, AS_OF);
            if (post.getRole() == role && !now.isEmpty()
                    && Posts.holders(post, LocalDate.of(YEAR, 1, 1)).contains(now.get(0))) {
                posts.add(post);
            }
        }
        return posts;
    }

    private Unit firstOfKind(UnitKind kind) {
        return index.units().stream().filter(u -> u.getKind() == kind).findFirst().orElseThrow();
    }

    private List<Person> leadershipOf(Unit unit) {
        List<Person> people = new ArrayList<>();
        for (Post post : unit.getPosts()) {
            if (post.getRole() == PostRole.HEAD || post.getRole() == PostRole.LEADERSHIP_MEMBER) {
                for (Person holder : Posts.holders(post, AS_OF)) {
                    if (!people.contains(holder)) {
                        people.add(holder);
                    }
                }
            }
        }
        return people;
    }
}
