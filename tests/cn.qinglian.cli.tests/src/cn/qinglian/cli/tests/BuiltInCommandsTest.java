package cn.qinglian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.internal.SubCommandDescriptor;
import cn.qinglian.cli.internal.SubCommandRegistry;
import cn.qinglian.core.workspace.WorkspaceDescriptor;

/** The sub-commands contributed by cn.qinglian.cli, found through the real extension registry. */
class BuiltInCommandsTest extends RegisteredCommandTest {

    @Test
    void registryFindsTheBuiltInCommands() {
        List<String> names = new SubCommandRegistry(Platform.getExtensionRegistry()).descriptors().stream()
                .map(SubCommandDescriptor::name).toList();
        assertTrue(names.containsAll(List.of("version", "create-workspace", "workspace-info", "validate")),
                names.toString());
    }

    @Test
    void helpShowsTranslatedDescriptions() {
        assertEquals(SubCommand.OK, run("--help"));
        assertTrue(context.printed().contains("workspace-info --workspace DIR"), context.printed());
    }

    @Test
    void versionPrintsProductVersionAndBuild() {
        assertEquals(SubCommand.OK, run("version"));
        assertTrue(context.printed().matches("清廉站所巡察工作台 0\\.1\\.0（构建 \\S+）\\R"), context.printed());
    }

    @Test
    void createdWorkspaceIsDescribedByWorkspaceInfo() throws Exception {
        Path workspace = folder.resolve("w");
        assertEquals(SubCommand.OK, run("create-workspace", workspace.toString(), "--name", "测试区"));
        assertTrue(Files.isRegularFile(workspace.resolve(WorkspaceDescriptor.FILE_NAME)));
        assertEquals(SubCommand.OK, run("workspace-info", "--workspace", workspace.toString()));
        assertTrue(context.printed().contains("名称：测试区"), context.printed());
        assertTrue(context.printed().contains("格式版本：1"), context.printed());
    }

    @Test
    void workspaceInfoOnAPlainFolderIsBadInputNamingTheFolder() {
        assertEquals(SubCommand.BAD_INPUT, run("workspace-info", "--workspace", folder.toString()));
        assertTrue(context.errors().contains(folder.toString()) && context.errors().contains("不是清廉站所工作区"),
                context.errors());
    }
}
