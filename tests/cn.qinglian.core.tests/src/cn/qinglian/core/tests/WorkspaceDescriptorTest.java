package cn.qinglian.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.workspace.WorkspaceDescriptor;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.core.workspace.WorkspaceProblem;

class WorkspaceDescriptorTest {

    @TempDir
    Path folder;

    @Test
    void createdWorkspaceReadsBackWithItsChineseName() throws Exception {
        Path workspace = folder.resolve("新工作区");
        WorkspaceDescriptor.create(workspace, "L区");
        WorkspaceDescriptor read = WorkspaceDescriptor.read(workspace);
        assertEquals("L区", read.name());
        assertEquals(WorkspaceDescriptor.CURRENT_FORMAT, read.formatVersion());
    }

    @Test
    void creatingOverAnExistingWorkspaceIsRefusedAndKeepsIt() throws Exception {
        WorkspaceDescriptor.create(folder, "原有");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceDescriptor.create(folder, "新"));
        assertEquals(WorkspaceProblem.ALREADY_A_WORKSPACE, e.problem());
        assertEquals("原有", WorkspaceDescriptor.read(folder).name());
    }

    @Test
    void folderWithoutDescriptorIsNotAWorkspace() {
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceDescriptor.read(folder));
        assertEquals(WorkspaceProblem.NOT_A_WORKSPACE, e.problem());
        assertTrue(e.getLocalizedMessage(Locale.SIMPLIFIED_CHINESE).contains("不是清廉站所工作区"),
                e.getLocalizedMessage(Locale.SIMPLIFIED_CHINESE));
        assertTrue(e.getLocalizedMessage(Locale.ENGLISH).startsWith(folder.toString()));
    }

    @Test
    void missingFolderIsReportedAsSuch() {
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> WorkspaceDescriptor.read(folder.resolve("nowhere")));
        assertEquals(WorkspaceProblem.NOT_A_FOLDER, e.problem());
    }

    @Test
    void newerFormatIsRefusedWithBothVersionsInTheMessage() throws IOException {
        write("name=X\nformat=7\n");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceDescriptor.read(folder));
        assertEquals(WorkspaceProblem.NEWER_FORMAT, e.problem());
        String message = e.getLocalizedMessage(Locale.ENGLISH);
        assertTrue(message.contains("format 7") && message.contains("up to format 1"), message);
    }

    @Test
    void nonNumericFormatIsRefused() throws IOException {
        write("format=one\n");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceDescriptor.read(folder));
        assertEquals(WorkspaceProblem.BAD_FORMAT, e.problem());
        assertTrue(e.getLocalizedMessage(Locale.SIMPLIFIED_CHINESE).contains("“one”"));
    }

    @Test
    void missingFormatIsRefused() throws IOException {
        write("name=X\n");
        assertEquals(WorkspaceProblem.NO_FORMAT,
                assertThrows(WorkspaceException.class, () -> WorkspaceDescriptor.read(folder)).problem());
    }

    @Test
    void emptyNameFallsBackToTheFolderName() throws Exception {
        write("format=1\n");
        assertEquals(folder.getFileName().toString(), WorkspaceDescriptor.read(folder).name());
    }

    private void write(String content) throws IOException {
        Files.writeString(folder.resolve(WorkspaceDescriptor.FILE_NAME), content, StandardCharsets.UTF_8);
    }
}
