package cn.qinglian.core.tests.persistence;

import static cn.qinglian.core.tests.persistence.Messages.assertMessages;
import static cn.qinglian.core.tests.persistence.Messages.words;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.AtomicFileWriter;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.core.workspace.WorkspaceProblem;

/** A save either replaces the file completely or leaves it as it was; the previous version stays as .bak. */
class SaveSafetyTest {

    private static final long CAPACITY = 1024;

    @TempDir
    Path folder;

    @Test
    void previousVersionIsKeptAsBak() throws Exception {
        XmiWorkspaceStore store = new XmiWorkspaceStore();
        SampleOrganisation sample = SampleOrganisation.saveIn(folder, store);
        byte[] first = Files.readAllBytes(sample.file());

        sample.station.setName("城关市场监督管理所");
        store.save(sample.model);

        Path backup = folder.resolve("organisation.qinglian.bak");
        assertArrayEquals(first, Files.readAllBytes(backup));
        assertTrue(Files.readString(sample.file()).contains("城关市场监督管理所"));
        byte[] second = Files.readAllBytes(sample.file());

        store.save(sample.model);

        assertArrayEquals(second, Files.readAllBytes(backup), "each save keeps the version it replaces");
    }

    @Test
    void saveThatFailsMidwayKeepsThePreviousFileAndLeavesNoTemporaryFile() throws Exception {
        AtomicReference<DiskFullAfter> disk = new AtomicReference<>();
        XmiWorkspaceStore store = new XmiWorkspaceStore() {
            @Override
            protected void write(Path file, AtomicFileWriter.Content content) throws IOException {
                super.write(file, out -> {
                    disk.set(new DiskFullAfter(out, CAPACITY));
                    content.writeTo(disk.get());
                });
            }
        };
        SampleOrganisation sample = SampleOrganisation.saveIn(folder);
        Path file = sample.file();
        Path backup = AtomicFileWriter.backupOf(file);
        byte[] before = Files.readAllBytes(file);
        byte[] backupBefore = Files.readAllBytes(backup);
        Set<String> namesBefore = names(folder);
        sample.station.setName("城关市场监督管理所");

        WorkspaceException e = assertThrows(WorkspaceException.class, () -> store.save(sample.model));

        assertEquals(CAPACITY, disk.get().written(), "the failure came after part of the file was written");
        assertEquals(WorkspaceProblem.UNWRITABLE, e.problem());
        assertEquals(file, e.path());
        assertMessages(e, words("无法写入", DiskFullAfter.NO_SPACE), words("cannot be written", DiskFullAfter.NO_SPACE));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertArrayEquals(backupBefore, Files.readAllBytes(backup));
        assertEquals(namesBefore, names(folder), "no temporary file is left behind");
    }

    @Test
    void writerDeletesItsTemporaryFileAndPassesTheFailureOn() throws Exception {
        Path target = folder.resolve("报告.txt");
        Files.writeString(target, "旧内容");
        IOException full = new IOException(DiskFullAfter.NO_SPACE);

        IOException thrown = assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write("新内容的一部分".getBytes(StandardCharsets.UTF_8));
            throw full;
        }));

        assertSame(full, thrown);
        assertEquals("旧内容", Files.readString(target));
        assertEquals(Set.of("报告.txt"), names(folder));
    }

    @Test
    void saveIntoAReadOnlyFolderFailsNamingTheFileAndKeepsIt() throws Exception {
        XmiWorkspaceStore store = new XmiWorkspaceStore();
        SampleOrganisation sample = SampleOrganisation.saveIn(folder, store);
        byte[] before = Files.readAllBytes(sample.file());
        Set<String> namesBefore = names(folder);
        Set<PosixFilePermission> permissions = makeReadOnly(folder);
        try {
            sample.station.setName("改名后的所");

            WorkspaceException e = assertThrows(WorkspaceException.class, () -> store.save(sample.model));

            assertEquals(WorkspaceProblem.UNWRITABLE, e.problem());
            assertEquals(sample.file(), e.path());
            assertMessages(e, words("无法写入", "没有访问权限"), words("cannot be written", "permission denied"));
        } finally {
            Files.setPosixFilePermissions(folder, permissions);
        }
        assertArrayEquals(before, Files.readAllBytes(sample.file()));
        assertEquals(namesBefore, names(folder));
    }

    @Test
    void successfulSaveLeavesOnlyTheFileItsBackupAndTheDescriptor() throws Exception {
        XmiWorkspaceStore store = new XmiWorkspaceStore();
        SampleOrganisation sample = SampleOrganisation.saveIn(folder, store);

        store.save(sample.model);

        assertEquals(Set.of("organisation.qinglian", "organisation.qinglian.bak", "qinglian-workspace.properties"),
                names(folder));
    }

    /**
     * Takes away the write right on {@code folder}; skips the test where that does not stop writing
     * (file systems without POSIX rights; an administrator, who may write anyway).
     */
    private static Set<PosixFilePermission> makeReadOnly(Path folder) throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX rights here");
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path probe = folder.resolve(".probe");
        try {
            Files.createFile(probe);
            Files.delete(probe);
            Files.setPosixFilePermissions(folder, permissions);
            assumeTrue(false, "read-only folders are writable for this user (root)");
        } catch (IOException expected) {
            // the folder is read-only for this user, as wanted
        }
        return permissions;
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
