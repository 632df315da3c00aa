package cn.qinglian.core.tests.persistence;

import static cn.qinglian.core.tests.persistence.Messages.assertMessages;
import static cn.qinglian.core.tests.persistence.Messages.en;
import static cn.qinglian.core.tests.persistence.Messages.lineOf;
import static cn.qinglian.core.tests.persistence.Messages.words;
import static cn.qinglian.core.tests.persistence.Messages.zh;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.core.workspace.WorkspaceProblem;

/** Every way an organisation file can be unusable gives one clear error naming the file (and where). */
class LoadErrorTest {

    private static final String MISSING_ID = "00000000-dead-4bad-8000-000000000000";

    @TempDir
    Path folder;

    private final XmiWorkspaceStore store = new XmiWorkspaceStore();
    private SampleOrganisation sample;
    private String text;

    @BeforeEach
    void saveSample() throws Exception {
        sample = SampleOrganisation.saveIn(folder);
        text = Files.readString(sample.file());
    }

    @Test
    void truncatedFileIsMalformedAtItsEnd() throws Exception {
        String half = text.substring(0, text.length() / 2);
        write(half);

        WorkspaceException e = loadFails(WorkspaceProblem.MALFORMED);

        int line = lineAndColumn(en(e))[0];
        assertEquals(half.lines().count(), line, en(e));
        assertMessages(e, words(":" + line + ":", "文件已损坏或格式不正确"), words(":" + line + ":", "damaged or not well-formed"));
    }

    @Test
    void fileCutInsideAChineseCharacterIsMalformed() throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int inside = text.substring(0, text.indexOf("王建国") + 1).getBytes(StandardCharsets.UTF_8).length + 1;
        Files.write(sample.file(), Arrays.copyOf(bytes, inside));

        WorkspaceException e = loadFails(WorkspaceProblem.MALFORMED);

        assertTrue(lineAndColumn(en(e))[0] > 0, en(e));
    }

    @Test
    void mismatchedEndTagIsReportedOnItsLine() throws Exception {
        String broken = text.replaceFirst("</units>", "</unit>");
        write(broken);

        WorkspaceException e = loadFails(WorkspaceProblem.MALFORMED);

        int line = lineOf(broken, "</unit>");
        assertEquals(line, lineAndColumn(en(e))[0], en(e));
        assertMessages(e, words("文件已损坏或格式不正确", "units"), words("damaged or not well-formed", "units"));
    }

    @Test
    void unquotedAttributeOnTheRootIsMalformed() throws Exception {
        write(text.replace("formatVersion=\"1\"", "formatVersion=1"));

        WorkspaceException e = loadFails(WorkspaceProblem.MALFORMED);

        assertEquals(2, lineAndColumn(en(e))[0], en(e));
    }

    @Test
    void documentTypeDeclarationIsRefused() throws Exception {
        write(text.replace("?>\n", "?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n")
                .replace("name=\"王建国\"", "name=\"&secret;\""));

        WorkspaceException e = loadFails(WorkspaceProblem.MALFORMED);

        assertTrue(lineAndColumn(en(e))[0] > 0, en(e));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ecore:EPackage xmi:version=\"2.0\""
                    + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\""
                    + " name=\"other\" nsURI=\"http://example.org/other\" nsPrefix=\"other\"/>\n",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<通知><收件人>张三</收件人></通知>\n",
            "<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"/>" })
    void xmlOfAnotherKindIsAForeignFile(String foreign) throws Exception {
        write(foreign);

        WorkspaceException e = loadFails(WorkspaceProblem.FOREIGN_FILE);

        assertMessages(e, words("不是清廉站所组织机构文件", "http://qinglian.cn/model/1.0"),
                words("not a Qinglian organisation file", "http://qinglian.cn/model/1.0"));
    }

    @Test
    void fileOfOurNamespaceHoldingAUnitIsNotAnOrganisation() throws Exception {
        write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ql:Unit xmlns:ql=\"http://qinglian.cn/model/1.0\""
                + " xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" id=\"u1\" name=\"城关街道\" kind=\"STREET\"/>\n");

        WorkspaceException e = loadFails(WorkspaceProblem.NOT_AN_ORGANISATION);

        assertMessages(e, words("Unit", "不是组织机构"), words("Unit", "not an organisation"));
    }

    @Test
    void newerFormatIsRefusedNamingBothVersions() throws Exception {
        write(text.replace("formatVersion=\"1\"", "formatVersion=\"2\""));

        WorkspaceException e = loadFails(WorkspaceProblem.NEWER_FORMAT);

        assertMessages(e, words("格式 2", "最多支持格式 1", "请升级工作台"), words("format 2", "up to format 1"));
    }

    @Test
    void formatVersionThatIsNoNumberIsMalformed() throws Exception {
        write(text.replace("formatVersion=\"1\"", "formatVersion=\"一\""));

        WorkspaceException e = loadFails(WorkspaceProblem.MALFORMED);

        assertMessages(e, words("formatVersion=\"一\""), words(":2:", "formatVersion=\"一\""));
    }

    @Test
    void tenureReferringToAMissingPostNamesTheIdAndItsLine() throws Exception {
        String dangling = text.replace("post=\"" + sample.stationHead.getId() + "\"", "post=\"" + MISSING_ID + "\"");
        write(dangling);

        WorkspaceException e = loadFails(WorkspaceProblem.UNRESOLVED_REFERENCE);

        int line = lineOf(dangling, MISSING_ID);
        assertEquals(line, lineAndColumn(en(e))[0], en(e));
        assertMessages(e, words("Tenure.post", "“" + MISSING_ID + "”", "在文件中不存在"),
                words("Tenure.post", "\"" + MISSING_ID + "\"", "not in the file"));
    }

    @Test
    void unknownAttributeIsNamed() throws Exception {
        String renamed = text.replace("name=\"所长\"", "title=\"所长\"");
        write(renamed);

        WorkspaceException e = loadFails(WorkspaceProblem.UNKNOWN_CONTENT);

        assertEquals(lineOf(renamed, "title="), lineAndColumn(en(e))[0], en(e));
        assertMessages(e, words("未知的元素或属性“title”"), words("unknown element or attribute \"title\""));
    }

    @Test
    void impossibleDateIsNamedWithItsAttribute() throws Exception {
        String wrong = text.replace("start=\"2012-03-01\"", "start=\"2012-02-30\"");
        write(wrong);

        WorkspaceException e = loadFails(WorkspaceProblem.INVALID_VALUE);

        assertEquals(lineOf(wrong, "2012-02-30"), lineAndColumn(en(e))[0], en(e));
        assertMessages(e, words("“2012-02-30”不是 Tenure.start 的有效值"),
                words("\"2012-02-30\" is not a valid value for Tenure.start"));
    }

    @Test
    void missingOrganisationFileIsNamed() throws Exception {
        Files.delete(sample.file());

        WorkspaceException e = loadFails(WorkspaceProblem.MISSING_ORGANISATION);

        assertMessages(e, words("缺少工作区的组织机构文件"), words("organisation file of the workspace is missing"));
    }

    @Test
    void emptyFileIsNamedAsEmpty() throws Exception {
        write("");

        WorkspaceException e = loadFails(WorkspaceProblem.EMPTY_FILE);

        assertMessages(e, words("文件是空的"), words("the file is empty"));
    }

    @Test
    void failedLoadDoesNotTouchTheFile() throws Exception {
        String dangling = text.replace("post=\"" + sample.stationHead.getId() + "\"", "post=\"" + MISSING_ID + "\"");
        write(dangling);
        byte[] before = Files.readAllBytes(sample.file());

        loadFails(WorkspaceProblem.UNRESOLVED_REFERENCE);

        assertArrayEquals(before, Files.readAllBytes(sample.file()));
    }

    private WorkspaceException loadFails(WorkspaceProblem expected) {
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> store.load(folder));
        assertEquals(expected, e.problem(), e.getMessage());
        assertEquals(sample.file(), e.path());
        return e;
    }

    private void write(String content) throws IOException {
        Files.writeString(sample.file(), content);
    }

    /** Line and column from "FILE:LINE:COLUMN: …". */
    private int[] lineAndColumn(String message) {
        Matcher matcher = Pattern.compile(Pattern.quote(sample.file().toString()) + ":(\\d+):(\\d+)").matcher(message);
        assertTrue(matcher.find(), "no line and column in: " + message);
        return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))};
    }
}
