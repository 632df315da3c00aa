package cn.qinglian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.qinglian.cli.SubCommand;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;

/** {@code qinglian import-roster}, run through the real extension registry as a user runs it. */
class ImportRosterCommandTest extends RegisteredCommandTest {

    private static final List<String> ROSTER = List.of(
            "unit_path,unit_kind,post_title,post_role,person_id,person_name,start_date,end_date,reports_to",
            "L区,DISTRICT,,,,,,,",
            "L区/区市场监管局,DEPARTMENT,局长,HEAD,P001,王建国,2018-01-15,,",
            "L区/区市场监管局/城东市场监管所,STATION,所长,HEAD,P002,李明,2019-03-01,,L区/区市场监管局#局长",
            "L区/区市场监管局/城东市场监管所/综合科,SECTION,科员,STAFF,P004,赵丽,2021-09-01,,"
                    + "L区/区市场监管局/城东市场监管所#所长");

    private Path workspace;

    @BeforeEach
    void aWorkspace() throws Exception {
        workspace = folder.resolve("w");
        new XmiWorkspaceStore().create(workspace, "L区");
    }

    /** Each run starts with empty output, so a test sees only what the last command printed. */
    @Override
    protected int run(String... arguments) {
        context = new CapturingContext();
        return super.run(arguments);
    }

    private Path roster(List<String> lines, Charset charset) throws Exception {
        return Files.write(folder.resolve("roster.csv"), (String.join("\r\n", lines) + "\r\n").getBytes(charset));
    }

    private byte[] organisationBytes() throws Exception {
        return Files.readAllBytes(workspace.resolve(XmiWorkspaceStore.ORGANISATION_FILE));
    }

    @Test
    void goodRosterIsImportedAndSaved() throws Exception {
        Path file = roster(ROSTER, StandardCharsets.UTF_8);
        assertEquals(SubCommand.OK, run("import-roster", file.toString(), "--workspace", workspace.toString()));
        assertTrue(context.printed().contains("人员：新建 3，更新 0"), context.printed());
        assertTrue(context.printed().contains("内部报告关系：新建 2，更新 0"), context.printed());
        assertTrue(context.errors().contains("检查行 4/4") && context.errors().contains("已将 4 行导入"),
                context.errors());
        Organisation saved = new XmiWorkspaceStore().load(workspace).organisation();
        assertEquals(List.of("P001 王建国", "P002 李明", "P004 赵丽"),
                saved.getPeople().stream().map(ImportRosterCommandTest::describe).toList());
    }

    @Test
    void secondImportOfTheSameFileLeavesTheWorkspaceFileAsItWas() throws Exception {
        Path file = roster(ROSTER, StandardCharsets.UTF_8);
        run("import-roster", file.toString(), "--workspace", workspace.toString());
        byte[] first = organisationBytes();
        assertEquals(SubCommand.OK, run("import-roster", file.toString(), "--workspace", workspace.toString()));
        assertArrayEquals(first, organisationBytes());
        assertTrue(context.errors().contains("4 行与工作区一致"), context.errors());
    }

    @Test
    void gbkRosterWithExplicitEncodingIsImported() throws Exception {
        Path file = roster(ROSTER, Charset.forName("GBK"));
        assertEquals(SubCommand.OK,
                run("import-roster", file.toString(), "--workspace", workspace.toString(), "--encoding", "GB18030"));
        assertEquals("赵丽", new XmiWorkspaceStore().load(workspace).organisation().getPeople().get(2).getName());
    }

    @Test
    void rosterWithOneBadRowIsRejectedListingTheRowAndTheWorkspaceStaysByteForByte() throws Exception {
        run("import-roster", roster(ROSTER, StandardCharsets.UTF_8).toString(), "--workspace", workspace.toString());
        byte[] before = organisationBytes();
        List<String> lines = new ArrayList<>(ROSTER);
        lines.add("L区/区市场监管局/城西市场监管所,STATION,所长,HEAD,P005,钱进,2020-01-01,,");
        lines.add("L区/区市场监管局/城西市场监管所,STATION,副所长,LEADERSHIP_MEMBER,P006,孙强,2019-02-30,,");
        Path file = roster(lines, StandardCharsets.UTF_8);
        assertEquals(SubCommand.PROBLEMS_FOUND, run("import-roster", file.toString(), "--workspace",
                workspace.toString()));
        assertEquals("7\tstart_date\t2019-02-30 不是日历上存在的日期" + System.lineSeparator(), context.printed());
        assertTrue(context.errors().contains("未导入，1 行中共有 1 个问题") && context.errors().contains("工作区没有改动"),
                context.errors());
        assertArrayEquals(before, organisationBytes());
    }

    @Test
    void problemsAreInEnglishWhenAskedFor() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        Path file = roster(List.of(ROSTER.get(0), "L区,TOWN,,,,,,,"), StandardCharsets.UTF_8);
        assertEquals(SubCommand.PROBLEMS_FOUND, run("import-roster", file.toString(), "--workspace",
                workspace.toString()));
        assertTrue(context.printed().startsWith("2\tunit_kind\t\"TOWN\" is not a unit kind; allowed: DISTRICT,"),
                context.printed());
        assertTrue(context.errors().contains("not imported, 1 problem in 1 row (listed on standard output)"),
                context.errors());
    }

    @Test
    void missingWorkspaceIsBadInput() throws Exception {
        Path file = roster(ROSTER, StandardCharsets.UTF_8);
        Path nowhere = folder.resolve("nowhere");
        assertEquals(SubCommand.BAD_INPUT, run("import-roster", file.toString(), "--workspace", nowhere.toString()));
        assertTrue(context.errors().contains(nowhere.toString()), context.errors());
    }

    @Test
    void missingRosterFileIsBadInputAndChangesNothing() throws Exception {
        byte[] before = organisationBytes();
        Path file = folder.resolve("missing.csv");
        assertEquals(SubCommand.BAD_INPUT, run("import-roster", file.toString(), "--workspace", workspace.toString()));
        assertTrue(context.errors().contains(file + "：文件不存在"), context.errors());
        assertArrayEquals(before, organisationBytes());
    }

    @Test
    void unknownEncodingIsAUsageError() throws Exception {
        Path file = roster(ROSTER, StandardCharsets.UTF_8);
        assertEquals(SubCommand.BAD_INPUT,
                run("import-roster", file.toString(), "--workspace", workspace.toString(), "--encoding", "GB2313X"));
        assertTrue(context.errors().contains("未知编码 GB2313X"), context.errors());
        assertTrue(context.errors().contains("用法：qinglian import-roster FILE --workspace DIR"), context.errors());
    }

    @Test
    void helpListsTheCommand() {
        assertEquals(SubCommand.OK, run("--help"));
        assertTrue(context.printed().contains("import-roster FILE --workspace DIR [--encoding GB18030]"),
                context.printed());
        assertTrue(!context.printed().contains("%importRosterDescription"), "the description is translated");
    }

    private static String describe(Person person) {
        return person.getPersonId() + " " + person.getName();
    }
}
