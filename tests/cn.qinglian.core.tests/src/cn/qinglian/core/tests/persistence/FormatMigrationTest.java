package cn.qinglian.core.tests.persistence;

import static cn.qinglian.core.tests.persistence.Messages.assertMessages;
import static cn.qinglian.core.tests.persistence.Messages.en;
import static cn.qinglian.core.tests.persistence.Messages.lineOf;
import static cn.qinglian.core.tests.persistence.Messages.words;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import cn.qinglian.core.persistence.AtomicFileWriter;
import cn.qinglian.core.persistence.FormatMigration;
import cn.qinglian.core.persistence.FormatMigrations;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.core.workspace.WorkspaceProblem;
import cn.qinglian.model.Post;

/** Files of an older format are converted in memory on load and written in the current format by the next save. */
class FormatMigrationTest {

    @TempDir
    Path folder;

    private SampleOrganisation sample;
    private String formatZero;

    /** The sample organisation as the pretended format 0 wrote it: posts with {@code title}. */
    @BeforeEach
    void writeFormatZero() throws Exception {
        sample = SampleOrganisation.saveIn(folder);
        formatZero = Files.readString(sample.file()).replace("formatVersion=\"1\"", "formatVersion=\"0\"")
                .replaceAll("(<posts id=\"[^\"]*\") name=", "$1 title=");
        assertTrue(formatZero.contains("title=\"所长\""));
        Files.writeString(sample.file(), formatZero);
    }

    @Test
    void olderFileIsConvertedOnLoadAndMarkedModified() throws Exception {
        byte[] original = Files.readAllBytes(sample.file());

        WorkspaceModel model = new XmiWorkspaceStore(FormatMigrations.of(new TitleBecameName())).load(folder);

        assertEquals("所长", ((Post) model.organisationResource().getEObject(sample.stationHead.getId())).getName());
        assertEquals(XmiWorkspaceStore.CURRENT_MODEL_FORMAT, model.organisation().getFormatVersion());
        assertTrue(model.organisationResource().isModified(), "the converted model needs saving");
        assertTrue(SameContent.of(sample.model.organisation(), model.organisation()));
        assertArrayEquals(original, Files.readAllBytes(sample.file()), "loading does not rewrite the file");
    }

    @Test
    void nextSaveWritesTheCurrentFormatAndKeepsTheOldFileAsBak() throws Exception {
        XmiWorkspaceStore store = new XmiWorkspaceStore(FormatMigrations.of(new TitleBecameName()));
        byte[] original = Files.readAllBytes(sample.file());

        WorkspaceModel model = store.load(folder);
        store.save(model);

        String saved = Files.readString(sample.file());
        assertTrue(saved.contains("formatVersion=\"1\""), saved);
        assertTrue(saved.contains("name=\"所长\"") && !saved.contains("title="), saved);
        assertArrayEquals(original, Files.readAllBytes(AtomicFileWriter.backupOf(sample.file())));
        assertFalse(model.organisationResource().isModified());
    }

    @Test
    void olderFileWithoutAMigrationIsRefusedNamingTheFormats() {
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> new XmiWorkspaceStore().load(folder));

        assertEquals(WorkspaceProblem.OLDER_FORMAT, e.problem());
        assertMessages(e, words("文件格式 0 过旧", "格式 1 至 1"), words("format 0", "formats 1 to 1"));
    }

    @Test
    void migrationThatCannotConvertNamesTheFileBothFormatsAndItsReason() {
        FormatMigration refusing = new FormatMigration() {
            @Override
            public int fromFormat() {
                return 0;
            }

            @Override
            public void migrate(Document document) {
                throw new IllegalStateException("岗位“所长”的单位不明");
            }
        };

        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> new XmiWorkspaceStore(FormatMigrations.of(refusing)).load(folder));

        assertEquals(WorkspaceProblem.MIGRATION_FAILED, e.problem());
        assertMessages(e, words("无法从格式 0 转换为格式 1", "岗位“所长”的单位不明"),
                words("from format 0 to format 1", "岗位“所长”的单位不明"));
    }

    @Test
    void errorsInAConvertedFileAreReportedOnTheLinesOfTheFile() throws Exception {
        String dangling = formatZero.replace("post=\"" + sample.stationHead.getId() + "\"", "post=\"verschwunden\"");
        Files.writeString(sample.file(), dangling);

        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> new XmiWorkspaceStore(FormatMigrations.of(new TitleBecameName())).load(folder));

        assertEquals(WorkspaceProblem.UNRESOLVED_REFERENCE, e.problem());
        assertTrue(en(e).startsWith(sample.file() + ":" + lineOf(dangling, "verschwunden") + ":"), en(e));
    }

    @Test
    void malformedOlderFileIsReportedWithItsLine() throws Exception {
        String broken = formatZero.replaceFirst("</units>", "</unit>");
        Files.writeString(sample.file(), broken);

        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> new XmiWorkspaceStore(FormatMigrations.of(new TitleBecameName())).load(folder));

        assertEquals(WorkspaceProblem.MALFORMED, e.problem());
        assertTrue(en(e).startsWith(sample.file() + ":" + lineOf(broken, "</unit>") + ":"), en(e));
    }

    @Test
    void chainRunsItsStepsInOrderAndKnowsItsOldestFormat() {
        FormatMigration zero = new TitleBecameName();
        FormatMigration one = step(1);
        FormatMigration two = step(2);

        FormatMigrations chain = FormatMigrations.of(two, zero, one);

        assertEquals(List.of(zero, one, two), chain.path(0, 3));
        assertEquals(List.of(two), chain.path(2, 3));
        assertEquals(List.of(), chain.path(3, 3));
        assertEquals(0, chain.oldestFormat(3));
        FormatMigrations gap = FormatMigrations.of(zero, two);
        assertEquals(2, gap.oldestFormat(3), "a missing step ends the chain");
        assertThrows(IllegalArgumentException.class, () -> gap.path(0, 3));
        assertEquals(1, FormatMigrations.none().oldestFormat(1));
    }

    @Test
    void twoStepsFromTheSameFormatAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FormatMigrations.of(new TitleBecameName(), step(0)));
    }

    private static FormatMigration step(int from) {
        return new FormatMigration() {
            @Override
            public int fromFormat() {
                return from;
            }

            @Override
            public void migrate(Document document) {
                document.getDocumentElement().setAttribute("step" + from, "done");
            }
        };
    }
}
