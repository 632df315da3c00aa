package cn.qinglian.core.tests.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import cn.qinglian.model.Cadence;
import cn.qinglian.model.ChargeAssignment;
import cn.qinglian.model.CopyNotice;
import cn.qinglian.model.Gender;
import cn.qinglian.model.Identified;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.Report;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.SupervisionOccasion;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * A district of {@code staff} people, the same for the same seed: units in a four-level tree
 * (district, 48 bodies/departments/streets, stations, sections), about 0.8 posts per person, each
 * person in a current post and every third also in an earlier one (about 1.3 tenures each), about
 * staff / 4 reporting lines, staff / 10 reports and staff / 100 copy notices, Chinese names.
 */
final class SyntheticOrganisation {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉力鹏红玉兰飞斌宇浩凯健俊帆帅旭宁晨";
    private static final String[] DEPARTMENTS = {"市场监督管理局", "生态环境分局", "综合行政执法局", "公安分局", "税务局", "住房和城乡建设局"};
    private static final String[] STATION_KINDS = {"派出所", "市场监管所", "环保所", "执法中队", "税务所"};
    private static final String[] SECTIONS = {"综合科", "执法一科", "执法二科", "法制科"};
    private static final String[] PROBLEMS = {"违规接受宴请", "选择性执法", "违规收礼", "作风效能问题", "乱收费"};
    private static final QinglianFactory FACTORY = QinglianFactory.eINSTANCE;

    private final Random random;
    private final List<Unit> stations = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();
    private final List<Post> leaders = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<ReportingLine> lines = new ArrayList<>();

    SyntheticOrganisation(long seed) {
        this.random = new Random(seed);
    }

    void fill(Organisation organisation, int staff) {
        Unit district = unit(UnitKind.DISTRICT, "L区");
        organisation.getUnits().add(district);
        int stationsPerParent = Math.max(1, staff / 2_000);
        addUnits(district, stationsPerParent);
        addPosts(staff);
        addPeople(organisation, staff);
        addCharges(organisation);
        addLines(organisation, staff / 4);
        addReports(organisation, staff / 10);
        addNotices(organisation, staff / 100);
    }

    private void addUnits(Unit district, int stationsPerParent) {
        for (String body : new String[] {"区委", "区政府", "区纪委"}) {
            Unit unit = child(district, UnitKind.LEADERSHIP_BODY, body);
            leaders.add(post(unit, body + "书记", PostRole.HEAD));
            leaders.add(post(unit, body + "副书记", PostRole.LEADERSHIP_MEMBER));
        }
        for (int i = 0; i < 45; i++) {
            boolean street = i >= 30;
            String name = street ? "第" + (i - 29) + "街道" : DEPARTMENTS[i % DEPARTMENTS.length] + (i / DEPARTMENTS.length + 1);
            Unit parent = child(district, street ? UnitKind.STREET : UnitKind.DEPARTMENT, name);
            for (int s = 0; s < stationsPerParent; s++) {
                Unit station = child(parent, UnitKind.STATION, name + STATION_KINDS[s % STATION_KINDS.length] + (s + 1));
                stations.add(station);
                for (String section : SECTIONS) {
                    child(station, UnitKind.SECTION, section);
                }
            }
        }
    }

    private void addPosts(int staff) {
        int count = staff * 4 / 5;
        List<Unit> sections = new ArrayList<>();
        stations.forEach(s -> sections.addAll(s.getChildren()));
        for (Unit station : stations) {
            post(station, "所长", PostRole.HEAD);
            post(station, "副所长", PostRole.LEADERSHIP_MEMBER);
        }
        while (posts.size() < count) {
            Unit section = sections.get(random.nextInt(sections.size()));
            boolean head = section.getPosts().isEmpty();
            post(section, head ? "科长" : "科员" + section.getPosts().size(), head ? PostRole.SECTION_HEAD
                    : random.nextInt(3) == 0 ? PostRole.ENFORCEMENT_OFFICER : PostRole.STAFF);
        }
    }

    private void addPeople(Organisation organisation, int staff) {
        for (int i = 0; i < staff; i++) {
            Person person = identified(FACTORY.createPerson());
            person.setName(name());
            person.setPersonId(String.format("LQ-%06d", i + 1));
            person.setGender(Gender.get(random.nextInt(3)));
            person.setBirthYear(1960 + random.nextInt(40));
            LocalDate start = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(8_000));
            if (i % 3 == 0) {
                LocalDate earlier = start.minusDays(365 + random.nextInt(3_000));
                tenure(person, posts.get(random.nextInt(posts.size())), earlier, start.minusDays(1));
            }
            tenure(person, posts.get(random.nextInt(posts.size())), start, null);
            organisation.getPeople().add(person);
            people.add(person);
        }
    }

    private void addCharges(Organisation organisation) {
        for (int i = 0; i < leaders.size(); i++) {
            ChargeAssignment charge = identified(FACTORY.createChargeAssignment());
            charge.setLeader(leaders.get(i));
            for (int u = i; u < stations.size(); u += leaders.size()) {
                charge.getUnits().add(stations.get(u).getParent());
            }
            charge.setStart(LocalDate.of(2016 + i % 4, 1, 1));
            organisation.getChargeAssignments().add(charge);
        }
    }

    private void addLines(Organisation organisation, int count) {
        ReportingKind[] kinds = ReportingKind.values();
        for (int i = 0; i < count; i++) {
            ReportingLine line = identified(FACTORY.createReportingLine());
            line.setKind(kinds[i % kinds.length]);
            if (line.getKind() == ReportingKind.LEVEL || line.getKind() == ReportingKind.LINE) {
                line.setFrom(stations.get(random.nextInt(stations.size())));
                line.setTo(leaders.get(random.nextInt(leaders.size())));
            } else {
                line.setFrom(posts.get(random.nextInt(posts.size())));
                line.setTo(posts.get(random.nextInt(posts.size())));
            }
            line.setCadence(Cadence.get(random.nextInt(Cadence.values().length)));
            organisation.getReportingLines().add(line);
            lines.add(line);
        }
    }

    private void addReports(Organisation organisation, int count) {
        for (int i = 0; i < count; i++) {
            Report report = identified(FACTORY.createReport());
            report.setDate(LocalDate.of(2019, 1, 1).plusDays(random.nextInt(365)));
            report.setLine(lines.get(random.nextInt(lines.size())));
            report.setReporter(people.get(random.nextInt(people.size())));
            report.setRecipient(people.get(random.nextInt(people.size())));
            report.setTopic("党风廉政建设责任制落实情况");
            report.setOccasion(SupervisionOccasion.get(random.nextInt(4)));
            for (int p = random.nextInt(3); p >= 0; p--) {
                report.getProblemsPointedOut().add(PROBLEMS[random.nextInt(PROBLEMS.length)]);
            }
            report.setFollowUp("已约谈。\n限期一个月整改。");
            organisation.getReports().add(report);
        }
    }

    private void addNotices(Organisation organisation, int count) {
        for (int i = 0; i < count; i++) {
            CopyNotice notice = identified(FACTORY.createCopyNotice());
            notice.setDate(LocalDate.of(2019, 1, 1).plusDays(random.nextInt(365)));
            notice.setFrom(leaders.get(random.nextInt(leaders.size())));
            notice.getTo().add(stations.get(random.nextInt(stations.size())));
            notice.setSubject("廉政抄告");
            notice.setContent("执法检查未按规定报备。");
            organisation.getCopyNotices().add(notice);
        }
    }

    private Unit child(Unit parent, UnitKind kind, String name) {
        Unit unit = unit(kind, name);
        parent.getChildren().add(unit);
        return unit;
    }

    private Unit unit(UnitKind kind, String name) {
        Unit unit = identified(FACTORY.createUnit());
        unit.setKind(kind);
        unit.setName(name);
        return unit;
    }

    private Post post(Unit unit, String name, PostRole role) {
        Post post = identified(FACTORY.createPost());
        post.setName(name);
        post.setRole(role);
        unit.getPosts().add(post);
        posts.add(post);
        return post;
    }

    private void tenure(Person person, Post post, LocalDate start, LocalDate end) {
        Tenure tenure = identified(FACTORY.createTenure());
        tenure.setPost(post);
        tenure.setStart(start);
        tenure.setEnd(end);
        person.getTenures().add(tenure);
    }

    private String name() {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        for (int i = random.nextInt(2); i >= 0; i--) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** A version-4 UUID drawn from the seeded generator, so that two runs write the same file. */
    private <T extends Identified> T identified(T object) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        object.setId(new UUID(high, low).toString());
        return object;
    }
}
