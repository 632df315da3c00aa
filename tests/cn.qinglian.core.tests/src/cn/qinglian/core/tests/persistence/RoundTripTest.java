package cn.qinglian.core.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Report;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

class RoundTripTest {

    @TempDir
    Path folder;

    private final XmiWorkspaceStore store = new XmiWorkspaceStore();

    @Test
    void reloadedOrganisationHasTheSameContentAsTheSavedOne() throws Exception {
        SampleOrganisation sample = SampleOrganisation.saveIn(folder);

        WorkspaceModel reloaded = store.load(folder);

        assertNotSame(sample.model.organisation(), reloaded.organisation());
        assertTrue(SameContent.of(sample.model.organisation(), reloaded.organisation()),
                "the reloaded organisation differs from the saved one");
        assertFalse(reloaded.organisationResource().isModified());
    }

    @Test
    void reloadedObjectsKeepChineseTextsDatesAndLinks() throws Exception {
        SampleOrganisation sample = SampleOrganisation.saveIn(folder);

        Organisation organisation = store.load(folder).organisation();

        Person wang = organisation.getPeople().get(0);
        assertEquals("王建国", wang.getName());
        Tenure head = wang.getTenures().get(1);
        assertEquals(sample.wangAsHead.getId(), head.getId());
        assertEquals(LocalDate.of(2012, 3, 1), head.getStart());
        assertNull(head.getEnd(), "a current tenure has no end");
        Post post = head.getPost();
        assertEquals("所长", post.getName());
        assertTrue(post.getTenures().contains(head), "the post lists the tenure again after loading");
        Unit station = post.getUnit();
        assertEquals(UnitKind.STATION, station.getKind());
        assertEquals("负责城关街道辖区内的市场监管。\n设综合科、执法中队。", station.getDescription());
        assertEquals("区市场监督管理局", station.getCompetentDepartment().getName());
        Report report = organisation.getReports().get(0);
        assertEquals(List.of("违规接受宴请", "选择性执法", "违规接受宴请"), report.getProblemsPointedOut());
        assertEquals("已约谈相关人员。\n整改期限：2019-09-30 & 之后复查 <待定>", report.getFollowUp());
        assertEquals(XmiWorkspaceStore.CURRENT_MODEL_FORMAT, organisation.getFormatVersion());
    }

    @Test
    void savedFileIsUtf8WithChineseCharactersAndIsoDates() throws Exception {
        SampleOrganisation sample = SampleOrganisation.saveIn(folder);

        String text = strictUtf8(Files.readAllBytes(sample.file()));

        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), text);
        assertTrue(text.contains("name=\"城关市场监管所\""), text);
        assertTrue(text.contains("name=\"王建国\""), text);
        assertFalse(text.replace("&#xA;", "").contains("&#"), "characters are written as themselves, only line breaks"
                + " inside texts are escaped: " + text);
        assertTrue(text.contains("start=\"" + SampleOrganisation.STATION_HEAD_TENURE_START + "\""), text);
        assertTrue(text.contains("formatVersion=\"1\""), text);
    }

    @Test
    void referencesAreIdsWrittenOnTheSingleValuedSideOnly() throws Exception {
        SampleOrganisation sample = SampleOrganisation.saveIn(folder);

        List<String> lines = Files.readAllLines(sample.file());

        String tenureLine = lineWith(lines, "id=\"" + sample.wangAsHead.getId() + "\"");
        assertTrue(tenureLine.contains("post=\"" + sample.stationHead.getId() + "\""), tenureLine);
        String postLine = lineWith(lines, "id=\"" + sample.stationHead.getId() + "\"");
        assertFalse(postLine.contains("tenures="), postLine);
    }

    @Test
    void everyObjectIsOnALineOfItsOwnAndDefaultValuesAreWrittenOut() throws Exception {
        SampleOrganisation sample = SampleOrganisation.saveIn(folder);

        List<String> lines = Files.readAllLines(sample.file());

        List<String> continued = lines.stream().map(String::strip).filter(l -> !l.startsWith("<") || !l.endsWith(">"))
                .toList();
        assertEquals(List.of(), continued, "no element is wrapped over several lines");
        String station = lineWith(lines, "<children id=\"" + sample.station.getId() + "\"");
        assertTrue(station.contains("kind=\"STATION\"") && station.contains("&#xA;"), station);
        String district = lineWith(lines, "name=\"L区\" kind=");
        assertTrue(district.contains("kind=\"DISTRICT\""), "the first enumeration value is written too: " + district);
        assertTrue(lineWith(lines, "<people id=\"" + sample.wangJianguo.getId()).contains("gender=\"MALE\""));
    }

    @Test
    void fileAlwaysSaysTheFormatItIsWrittenIn() throws Exception {
        SampleOrganisation sample = SampleOrganisation.saveIn(folder);
        sample.model.organisation().setFormatVersion(7);

        store.save(sample.model);

        assertTrue(Files.readString(sample.file()).contains("formatVersion=\"1\""));
        assertEquals(XmiWorkspaceStore.CURRENT_MODEL_FORMAT, store.load(folder).organisation().getFormatVersion());
    }

    @Test
    void savingAnUnchangedReloadedModelWritesTheSameBytes() throws Exception {
        SampleOrganisation sample = SampleOrganisation.saveIn(folder);
        byte[] first = Files.readAllBytes(sample.file());

        store.save(store.load(folder));

        assertArrayEquals(first, Files.readAllBytes(sample.file()), "order and layout are stable");
    }

    private static String lineWith(List<String> lines, String fragment) {
        return lines.stream().filter(l -> l.contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + fragment + " in\n" + String.join("\n", lines)));
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
