package cn.qinglian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import cn.qinglian.cli.SubCommand;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceDescriptor;

/** {@code qinglian generate-sample}, run through the real extension registry as users run it. */
class GenerateSampleCommandTest extends RegisteredCommandTest {

    @Test
    void withoutOptionsItGeneratesTheLDistrictSample() {
        Path workspace = folder.resolve("l");
        assertEquals(SubCommand.OK, run("generate-sample", "--out", workspace.toString()));
        assertTrue(context.printed().contains("生成工作区“L区”"), context.printed());
        assertTrue(context.printed().contains("区：1；") && context.printed().contains("在岗人员 801 人"), context.printed());
        assertTrue(context.errors().contains("正在生成区 1/1"), context.errors());
        assertTrue(Files.isRegularFile(workspace.resolve(XmiWorkspaceStore.ORGANISATION_FILE)));
        assertEquals(SubCommand.OK, run("workspace-info", "--workspace", workspace.toString()));
        assertTrue(context.printed().contains("名称：L区"), context.printed());
    }

    @Test
    void aCityWithRosterIsOneCommand() throws Exception {
        Path workspace = folder.resolve("city");
        Path roster = folder.resolve("city.csv");
        assertEquals(SubCommand.OK, run("generate-sample", "--out", workspace.toString(), "--districts", "3",
                "--staff-per-district", "300", "--seed", "5", "--roster", roster.toString()));
        assertTrue(context.printed().contains("生成工作区“W市”"), context.printed());
        assertTrue(context.printed().contains("区：3；") && context.printed().contains("在岗人员 900 人"), context.printed());
        assertTrue(context.printed().contains("花名册：" + roster), context.printed());
        assertTrue(Files.readString(roster).startsWith("\uFEFFunit_path,unit_kind,post_title"));
        assertTrue(context.errors().contains("正在生成区 3/3"), context.errors());
    }

    @Test
    void aFolderThatHoldsAWorkspaceIsRefusedWithExitCodeTwo() throws Exception {
        Path workspace = folder.resolve("l");
        assertEquals(SubCommand.OK, run("generate-sample", "--out", workspace.toString(), "--staff-per-district", "300"));
        byte[] before = Files.readAllBytes(workspace.resolve(XmiWorkspaceStore.ORGANISATION_FILE));
        assertEquals(SubCommand.BAD_INPUT, run("generate-sample", "--out", workspace.toString(), "--seed", "9"));
        assertTrue(context.errors().contains(workspace + "：已经是一个清廉站所工作区"), context.errors());
        assertArrayEquals(before, Files.readAllBytes(workspace.resolve(XmiWorkspaceStore.ORGANISATION_FILE)));
    }

    @Test
    void anEmptyWorkspaceCreatedBeforeIsRefusedToo() {
        Path workspace = folder.resolve("empty");
        assertEquals(SubCommand.OK, run("create-workspace", workspace.toString()));
        assertEquals(SubCommand.BAD_INPUT, run("generate-sample", "--out", workspace.toString()));
        assertTrue(context.errors().contains("已经是一个清廉站所工作区"), context.errors());
    }

    @Test
    void numbersOutOfRangeAreBadInputNamingTheOptionAndTheRange() {
        Path workspace = folder.resolve("w");
        assertEquals(SubCommand.BAD_INPUT, run("generate-sample", "--out", workspace.toString(), "--staff-per-district", "10"));
        assertTrue(context.errors().contains("选项 --staff-per-district 应为 150 到 200,000 之间的整数，而不是“10”"),
                context.errors());
        assertEquals(SubCommand.BAD_INPUT, run("generate-sample", "--out", workspace.toString(), "--districts", "many"));
        assertTrue(context.errors().contains("--districts"), context.errors());
        assertEquals(SubCommand.BAD_INPUT, run("generate-sample", "--out", workspace.toString(), "--seed", "1.5"));
        assertTrue(context.errors().contains("选项 --seed 应为整数，而不是“1.5”"), context.errors());
        assertTrue(context.errors().contains("用法：qinglian generate-sample --out DIR"), context.errors());
        assertFalse(Files.exists(workspace.resolve(WorkspaceDescriptor.FILE_NAME)));
    }

    @Test
    void withoutOutItIsBadInput() {
        assertEquals(SubCommand.BAD_INPUT, run("generate-sample", "--districts", "2"));
        assertTrue(context.errors().contains("缺少必需的选项 --out"), context.errors());
    }

    @Test
    void helpListsTheCommand() {
        assertEquals(SubCommand.OK, run("--help"));
        assertTrue(context.printed().contains("generate-sample --out DIR [--districts N] [--staff-per-district M]"),
                context.printed());
        assertFalse(context.printed().contains("%generateSampleDescription"), context.printed());
    }
}
