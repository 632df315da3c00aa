package cn.qinglian.ui.tests;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.model.Cadence;
import cn.qinglian.model.Gender;
import cn.qinglian.model.Identified;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/** Workspaces the tests create in temporary folders (the shipped sample has no organisation yet). */
final class TestWorkspaces {

    private static final QinglianFactory FACTORY = QinglianFactory.eINSTANCE;

    private TestWorkspaces() {
    }

    /**
     * A small district: L区 with 公安分局 (城东派出所: 所长 held by 张三 since 2012, 副所长 by 李四) and 市场监管局,
     * 城东街道 with 城东市场监管所 (competent department 市场监管局), the person 王五 without a post, and a
     * reporting line 城东派出所 → 公安分局.
     */
    static WorkspaceModel small(Path folder) throws WorkspaceException {
        XmiWorkspaceStore store = new XmiWorkspaceStore();
        WorkspaceModel model = store.create(folder, "L区");
        Organisation organisation = model.organisation();
        Unit district = unit(organisation.getUnits(), "L区", UnitKind.DISTRICT);
        Unit police = unit(district.getChildren(), "公安分局", UnitKind.DEPARTMENT);
        Unit market = unit(district.getChildren(), "市场监管局", UnitKind.DEPARTMENT);
        Unit street = unit(district.getChildren(), "城东街道", UnitKind.STREET);
        Unit station = unit(police.getChildren(), "城东派出所", UnitKind.STATION);
        Unit marketStation = unit(street.getChildren(), "城东市场监管所", UnitKind.STATION);
        marketStation.setCompetentDepartment(market);
        Post head = post(station, "所长", PostRole.HEAD);
        Post deputy = post(station, "副所长", PostRole.LEADERSHIP_MEMBER);
        post(police, "局长", PostRole.HEAD);
        Person zhang = person(organisation, "张三", "P001");
        Person li = person(organisation, "李四", "P002");
        person(organisation, "王五", "P003");
        tenure(zhang, head, LocalDate.of(2012, 3, 1), null);
        tenure(li, deputy, LocalDate.of(2019, 7, 1), null);
        tenure(li, head, LocalDate.of(2010, 1, 1), LocalDate.of(2012, 2, 29));
        ReportingLine line = identified(FACTORY.createReportingLine());
        line.setKind(ReportingKind.LEVEL);
        line.setFrom(station);
        line.setTo(police);
        line.setCadence(Cadence.QUARTERLY);
        organisation.getReportingLines().add(line);
        store.save(model);
        return model;
    }

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国建华志强海波晓东文斌春梅立新";

    /**
     * A generated district of {@code people} people for load tests: 12 departments and 12 streets, 20
     * stations each, 5 sections per station, 7 posts per unit, every person holding one current post
     * (a quarter of them also an earlier one).
     */
    static WorkspaceModel large(Path folder, int people) throws WorkspaceException {
        XmiWorkspaceStore store = new XmiWorkspaceStore();
        WorkspaceModel model = store.create(folder, "大区");
        Organisation organisation = model.organisation();
        Random random = new Random(20191128);
        Unit district = unit(organisation.getUnits(), "大区", UnitKind.DISTRICT);
        List<Post> posts = new ArrayList<>();
        addPosts(district, posts);
        for (int d = 1; d <= 24; d++) {
            boolean street = d > 12;
            Unit parent = unit(district.getChildren(), (street ? "第" + d + "街道" : "第" + d + "局"),
                    street ? UnitKind.STREET : UnitKind.DEPARTMENT);
            addPosts(parent, posts);
            for (int s = 1; s <= 20; s++) {
                Unit station = unit(parent.getChildren(), parent.getName() + s + "所", UnitKind.STATION);
                addPosts(station, posts);
                for (int k = 1; k <= 5; k++) {
                    addPosts(unit(station.getChildren(), station.getName() + "第" + k + "科", UnitKind.SECTION), posts);
                }
            }
        }
        for (int i = 0; i < people; i++) {
            Person person = person(organisation, name(random), String.format("L%06d", i));
            LocalDate start = LocalDate.of(1995 + random.nextInt(29), 1 + random.nextInt(12), 1);
            tenure(person, posts.get(i % posts.size()), start, null);
            if (i % 4 == 0) {
                tenure(person, posts.get(random.nextInt(posts.size())), start.minusYears(6), start.minusDays(1));
            }
        }
        store.save(model);
        return model;
    }

    private static String name(Random random) {
        String given = String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextBoolean()) {
            given += GIVEN.charAt(random.nextInt(GIVEN.length()));
        }
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + given;
    }

    private static void addPosts(Unit unit, List<Post> posts) {
        posts.add(post(unit, "负责人", PostRole.HEAD));
        posts.add(post(unit, "副职一", PostRole.LEADERSHIP_MEMBER));
        posts.add(post(unit, "副职二", PostRole.LEADERSHIP_MEMBER));
        posts.add(post(unit, "纪检委员", PostRole.DISCIPLINE_SECRETARY));
        posts.add(post(unit, "执法人员", PostRole.ENFORCEMENT_OFFICER));
        posts.add(post(unit, "干部", PostRole.STAFF));
        posts.add(post(unit, "科员", PostRole.STAFF));
    }

    static Unit unit(List<Unit> siblings, String name, UnitKind kind) {
        Unit unit = identified(FACTORY.createUnit());
        unit.setName(name);
        unit.setKind(kind);
        siblings.add(unit);
        return unit;
    }

    static Post post(Unit unit, String title, PostRole role) {
        Post post = identified(FACTORY.createPost());
        post.setName(title);
        post.setRole(role);
        unit.getPosts().add(post);
        return post;
    }

    static Person person(Organisation organisation, String name, String personId) {
        Person person = identified(FACTORY.createPerson());
        person.setName(name);
        person.setPersonId(personId);
        person.setGender(Gender.UNSPECIFIED);
        organisation.getPeople().add(person);
        return person;
    }

    static Tenure tenure(Person person, Post post, LocalDate start, LocalDate end) {
        Tenure tenure = identified(FACTORY.createTenure());
        tenure.setStart(start);
        tenure.setEnd(end);
        person.getTenures().add(tenure);
        tenure.setPost(post);
        return tenure;
    }

    private static <T extends Identified> T identified(T object) {
        object.setId(UUID.randomUUID().toString());
        return object;
    }
}
