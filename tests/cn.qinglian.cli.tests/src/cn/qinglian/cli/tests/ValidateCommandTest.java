package cn.qinglian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import cn.qinglian.cli.SubCommand;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.model.ChargeAssignment;
import cn.qinglian.model.Identified;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/** {@code qinglian validate} end to end: a workspace on disk, the real extension registry, the dispatcher. */
class ValidateCommandTest extends RegisteredCommandTest {

    private static final QinglianFactory FACTORY = QinglianFactory.eINSTANCE;

    private final XmiWorkspaceStore store = new XmiWorkspaceStore();

    private int validate(Path workspace, String... more) {
        List<String> arguments = new ArrayList<>(List.of("validate", "--workspace", workspace.toString()));
        arguments.addAll(List.of(more));
        return run(arguments.toArray(String[]::new));
    }

    /** L区 with its head in office since 2019, and the units {@code extra} adds. */
    private Path workspace(Consumer<Organisation> extra) throws Exception {
        Path workspace = folder.resolve("w");
        WorkspaceModel model = store.create(workspace, "L区");
        Organisation organisation = model.organisation();
        Unit district = unit(organisation, null, "L区", UnitKind.DISTRICT);
        staff(organisation, post(district, "区委书记", PostRole.HEAD), "P001", "王书记");
        extra.accept(organisation);
        store.save(model);
        return workspace;
    }

    @Test
    void consistentWorkspaceExitsZeroAndPrintsNoProblem() throws Exception {
        Path workspace = workspace(organisation -> {
        });
        assertEquals(SubCommand.OK, validate(workspace, "--as-of", "2024-06-30"));
        assertEquals("", context.printed());
        assertTrue(context.errors().contains("校验完成：0 个错误，0 个警告，0 条提示"), context.errors());
    }

    @Test
    void unitWithoutHeadIsOneErrorLineAndExitOne() throws Exception {
        Path workspace = workspace(organisation -> post(unit(organisation, organisation.getUnits().get(0), "东街道",
                UnitKind.STREET), "主任", PostRole.HEAD));
        assertEquals(SubCommand.PROBLEMS_FOUND, validate(workspace, "--as-of", "2024-06-30"));
        assertEquals("ERROR\tunit.single-head\tL区/东街道\t单位“L区/东街道”在 2024-06-30 没有现任一把手" + System.lineSeparator(),
                context.printed());
        assertTrue(context.errors().contains("校验完成：1 个错误，0 个警告，0 条提示"), context.errors());
        assertTrue(context.errors().contains("校验中 8/8"), context.errors());
    }

    @Test
    void warningsAloneExitZeroAndSpeakEnglishWhenAsked() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        Path workspace = workspace(organisation -> {
            Unit district = organisation.getUnits().get(0);
            Unit station = unit(organisation, district, "城东所", UnitKind.STATION);
            staff(organisation, post(station, "所长", PostRole.HEAD), "P002", "周所长");
            ChargeAssignment charge = identified(FACTORY.createChargeAssignment());
            charge.setLeader(district.getPosts().get(0));
            charge.getUnits().add(station);
            organisation.getChargeAssignments().add(charge);
        });
        assertEquals(SubCommand.OK, validate(workspace, "--as-of", "2024-06-30"));
        assertEquals("WARNING\tstation.supervision\tL区/城东所\tThe station L区/城东所 has no competent department"
                + System.lineSeparator(), context.printed());
        assertTrue(context.errors().contains("no errors, 1 warning, no notes"), context.errors());
    }

    @Test
    void damagedFileExitsTwoNamingTheFile() throws Exception {
        Path workspace = workspace(organisation -> {
        });
        Path file = workspace.resolve(XmiWorkspaceStore.ORGANISATION_FILE);
        Files.writeString(file,
                "<?xml version=\"1.0\"?><ql:Organisation xmlns:ql=\"http://qinglian.cn/model/1.0\"><units",
                StandardCharsets.UTF_8);
        assertEquals(SubCommand.BAD_INPUT, validate(workspace));
        assertEquals("", context.printed());
        assertTrue(context.errors().contains(file.toString()) && context.errors().contains("文件已损坏"),
                context.errors());
    }

    @Test
    void aFolderThatIsNoWorkspaceExitsTwo() {
        assertEquals(SubCommand.BAD_INPUT, validate(folder));
        assertTrue(context.errors().contains("不是清廉站所工作区"), context.errors());
    }

    @Test
    void aDateThatIsNoDateIsAUsageError() throws Exception {
        assertEquals(SubCommand.BAD_INPUT, validate(workspace(organisation -> {
        }), "--as-of", "2024-13-01"));
        assertTrue(context.errors().contains("“2024-13-01”不是日期"), context.errors());
        assertTrue(context.errors().contains("用法：qinglian validate --workspace DIR"), context.errors());
    }

    private static Unit unit(Organisation organisation, Unit parent, String name, UnitKind kind) {
        Unit unit = identified(FACTORY.createUnit());
        unit.setName(name);
        unit.setKind(kind);
        if (parent == null) {
            organisation.getUnits().add(unit);
        } else {
            parent.getChildren().add(unit);
        }
        return unit;
    }

    private static Post post(Unit unit, String title, PostRole role) {
        Post post = identified(FACTORY.createPost());
        post.setName(title);
        post.setRole(role);
        unit.getPosts().add(post);
        return post;
    }

    private static void staff(Organisation organisation, Post post, String personId, String name) {
        Person person = identified(FACTORY.createPerson());
        person.setPersonId(personId);
        person.setName(name);
        Tenure tenure = identified(FACTORY.createTenure());
        tenure.setPost(post);
        tenure.setStart(LocalDate.of(2019, 1, 1));
        person.getTenures().add(tenure);
        organisation.getPeople().add(person);
    }

    private static <T extends Identified> T identified(T object) {
        object.setId(UUID.randomUUID().toString());
        return object;
    }
}
