package cn.qinglian.core.tests.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.sample.SampleGenerator;
import cn.qinglian.core.sample.SampleRoster;
import cn.qinglian.core.sample.SampleSettings;
import cn.qinglian.core.sample.SampleSummary;
import cn.qinglian.core.sample.SampleWorkspace;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.core.workspace.WorkspaceProblem;

/** Generated organisations saved as workspaces: byte for byte the same each time, and never over another workspace. */
class SampleWorkspaceTest {

    private final SampleWorkspace workspaces = new SampleWorkspace(new XmiWorkspaceStore());

    @TempDir
    Path folder;

    private Path generate(String name, SampleSettings settings) throws Exception {
        Path workspace = folder.resolve(name);
        var organisation = new SampleGenerator().generate(settings);
        workspaces.create(workspace, organisation);
        SampleRoster.write(organisation, workspace.resolve("roster.csv"));
        return workspace;
    }

    @Test
    void twoGenerationsWithTheSameSettingsSaveByteIdenticalFiles() throws Exception {
        SampleSettings settings = new SampleSettings(2, 300, 42);
        Path first = generate("first", settings);
        Path second = generate("second", settings);
        for (String file : new String[] {XmiWorkspaceStore.ORGANISATION_FILE, "roster.csv"}) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }

    @Test
    void savedSampleLoadsBackWithEverythingInIt() throws Exception {
        Path workspace = generate("w", SampleSettings.lDistrict());
        WorkspaceModel loaded = new XmiWorkspaceStore().load(workspace);
        assertEquals("L区", loaded.descriptor().name());
        SampleSummary summary = SampleSummary.of(loaded.organisation());
        assertEquals(SampleSummary.of(new SampleGenerator().generate(SampleSettings.lDistrict())), summary);
        assertTrue(new SampleRules(loaded.organisation()).reportsMatchLineEndsAndTenures().isEmpty());
    }

    @Test
    void aFolderThatHoldsAWorkspaceIsRefusedAndKeptAsItWas() throws Exception {
        Path workspace = generate("w", new SampleSettings(1, 300, 1));
        byte[] before = Files.readAllBytes(workspace.resolve(XmiWorkspaceStore.ORGANISATION_FILE));
        var other = new SampleGenerator().generate(new SampleSettings(1, 300, 2));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> workspaces.create(workspace, other));
        assertEquals(WorkspaceProblem.ALREADY_A_WORKSPACE, e.problem());
        assertArrayEquals(before, Files.readAllBytes(workspace.resolve(XmiWorkspaceStore.ORGANISATION_FILE)));
    }

    @Test
    void aFolderWithOtherFilesButNoWorkspaceIsUsed() throws Exception {
        Path workspace = folder.resolve("notes");
        Files.createDirectories(workspace);
        Files.writeString(workspace.resolve("readme.txt"), "巡察笔记");
        workspaces.create(workspace, new SampleGenerator().generate(new SampleSettings(1, 300, 1)));
        assertEquals("L区", new XmiWorkspaceStore().load(workspace).organisation().getName());
        assertEquals("巡察笔记", Files.readString(workspace.resolve("readme.txt")));
    }
}
