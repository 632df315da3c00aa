package cn.qinglian.core.tests.roster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.roster.ImportSummary;
import cn.qinglian.core.roster.RosterImport;
import cn.qinglian.core.roster.RosterProblemKind;
import cn.qinglian.core.roster.RosterProgress;
import cn.qinglian.core.roster.RosterObjectType;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/** Applying checked rosters to a saved workspace: all or nothing, and a re-import changes nothing. */
class RosterImportTest {

    private static final String SECTION = "L区/区市场监管局/城东市场监管所/综合科";

    private final XmiWorkspaceStore store = new XmiWorkspaceStore();

    @TempDir
    Path folder;

    private Path workspace;

    @BeforeEach
    void createWorkspace() throws Exception {
        workspace = folder.resolve("workspace");
        store.create(workspace, "L区");
    }

    private Path organisationFile() {
        return workspace.resolve(XmiWorkspaceStore.ORGANISATION_FILE);
    }

    /** Loads the workspace, imports {@code lines} and saves when the roster is good. */
    private RosterImport importInto(List<String> lines) throws Exception {
        WorkspaceModel model = store.load(workspace);
        RosterImport roster = Rosters.check(Rosters.csv(folder, "roster.csv", lines), model.organisation());
        if (roster.isValid()) {
            roster.apply(model.organisation());
            store.save(model);
        }
        return roster;
    }

    private ImportSummary applyTo(WorkspaceModel model, List<String> lines) throws Exception {
        RosterImport roster = Rosters.check(Rosters.csv(folder, "roster.csv", lines), model.organisation());
        assertEquals(List.of(), roster.problems());
        return roster.apply(model.organisation());
    }

    @Test
    void goodRosterCreatesUnitsPostsPeopleTenuresAndInternalLines() throws Exception {
        WorkspaceModel model = store.load(workspace);
        ImportSummary summary = applyTo(model, Rosters.goodWith());
        assertEquals(List.of(4, 4, 4, 5, 3), created(summary));
        store.save(model);

        Organisation organisation = store.load(workspace).organisation();
        Unit district = organisation.getUnits().get(0);
        assertEquals("L区", district.getName());
        assertEquals(UnitKind.DISTRICT, district.getKind());
        Unit section = district.getChildren().get(0).getChildren().get(0).getChildren().get(0);
        assertEquals("综合科", section.getName());
        assertEquals(UnitKind.SECTION, section.getKind());
        assertEquals(List.of("科长", "科员"), section.getPosts().stream().map(Post::getName).toList());
        Person zhang = person(organisation, "P003");
        assertEquals("张伟", zhang.getName());
        assertEquals(List.of("科长 2020-07-01..2023-06-30", "科员 2016-05-01..2020-06-30"),
                zhang.getTenures().stream().map(RosterImportTest::describe).toList());
        assertEquals(List.of("所长→局长", "科长→所长", "科员→科长"),
                organisation.getReportingLines().stream().map(RosterImportTest::describe).toList());
        assertTrue(organisation.getReportingLines().stream().allMatch(l -> l.getKind() == ReportingKind.INTERNAL));
        assertTrue(organisation.getPeople().stream().allMatch(p -> p.getId().matches("[0-9a-f-]{36}")));
    }

    @Test
    void reimportingTheSameFileChangesNothingAndSavesTheSameBytes() throws Exception {
        importInto(Rosters.goodWith());
        byte[] first = Files.readAllBytes(organisationFile());
        WorkspaceModel model = store.load(workspace);
        ImportSummary again = applyTo(model, Rosters.goodWith());
        assertFalse(again.changedAnything(), again.toString());
        store.save(model);
        assertArrayEquals(first, Files.readAllBytes(organisationFile()));
    }

    @Test
    void reimportWithAnEndDateEndsTheTenureAndChangesNothingElse() throws Exception {
        importInto(Rosters.goodWith());
        List<String> lines = new ArrayList<>(Rosters.goodWith());
        lines.set(5, SECTION + ",SECTION,科员,STAFF,P004,赵丽,2021-09-01,2024-12-31," + SECTION + "#科长");
        WorkspaceModel model = store.load(workspace);
        ImportSummary summary = applyTo(model, lines);
        assertEquals(1, summary.updated(RosterObjectType.TENURE));
        assertEquals(List.of(0, 0, 0, 0, 0), created(summary));
        assertEquals("任职：新建 0，更新 1", summary.describe(Locale.SIMPLIFIED_CHINESE).split("；")[3]);
        Tenure tenure = person(model.organisation(), "P004").getTenures().get(0);
        assertEquals(LocalDate.of(2024, 12, 31), tenure.getEnd());
    }

    @Test
    void oneBadRowLeavesTheWorkspaceUntouched() throws Exception {
        importInto(Rosters.goodWith());
        byte[] before = Files.readAllBytes(organisationFile());
        WorkspaceModel model = store.load(workspace);
        RosterImport roster = Rosters.check(Rosters.csv(folder, "bad.csv", Rosters.goodWith(
                "L区/区市场监管局/城西市场监管所,STATION,所长,HEAD,P020,钱进,2020-01-01,,",
                "L区/区市场监管局/城西市场监管所,STATION,副所长,LEADERSHIP_MEMBER,P021,孙强,2020-02-30,,")),
                model.organisation());
        assertEquals(List.of(RosterProblemKind.IMPOSSIBLE_DATE),
                roster.problems().stream().map(p -> p.kind()).toList());
        assertThrows(IllegalStateException.class, () -> roster.apply(model.organisation()));
        assertEquals(4, model.organisation().getPeople().size());
        assertEquals(1, model.organisation().getUnits().get(0).getChildren().get(0).getChildren().size());
        assertArrayEquals(before, Files.readAllBytes(organisationFile()));
    }

    @Test
    void rowsMayNameUnitsAndPostsOfTheWorkspace() throws Exception {
        importInto(Rosters.goodWith());
        RosterImport roster = importInto(List.of(Rosters.HEADER,
                SECTION + ",SECTION,科员,STAFF,P030,周敏,2024-03-01,,",
                "L区/区市场监管局/城东市场监管所/执法中队,SECTION,队员,ENFORCEMENT_OFFICER,P031,吴刚,2024-03-01,,"
                        + "L区/区市场监管局/城东市场监管所#所长"));
        assertEquals(List.of(), roster.problems());
        Organisation organisation = store.load(workspace).organisation();
        Post staff = person(organisation, "P030").getTenures().get(0).getPost();
        assertEquals(person(organisation, "P004").getTenures().get(0).getPost(), staff, "the existing post is matched");
        assertEquals("队员→所长", describe(organisation.getReportingLines().get(3)));
    }

    @Test
    void tenureOverlappingOneInTheWorkspaceIsRefused() throws Exception {
        importInto(Rosters.goodWith());
        RosterImport roster = importInto(List.of(Rosters.HEADER,
                SECTION + ",SECTION,科员,STAFF,P004,赵丽,2023-01-01,,"));
        assertEquals(List.of("2 start_date OVERLAPPING_WORKSPACE_TENURE"),
                roster.problems().stream().map(p -> p.row() + " " + p.column() + " " + p.kind()).toList());
        assertEquals("与工作区中同一人在同一岗位上开始于 2021-09-01 的任职时间重叠",
                roster.problems().get(0).reason(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void laterTenureAfterOneThatEndedIsAccepted() throws Exception {
        importInto(Rosters.goodWith());
        RosterImport roster = importInto(List.of(Rosters.HEADER,
                SECTION + ",SECTION,科员,STAFF,P003,张伟,2023-06-30,,"));
        assertEquals(List.of(), roster.problems(), "a new period may start on the day the last one ended");
    }

    @Test
    void changedNamesKindsAndRolesUpdateTheExistingObjects() throws Exception {
        importInto(Rosters.goodWith());
        WorkspaceModel model = store.load(workspace);
        ImportSummary summary = applyTo(model, List.of(Rosters.HEADER,
                "L区/区市场监管局/城东市场监管所,STATION,所长,LEADERSHIP_MEMBER,P002,李明明,2019-03-01,,",
                SECTION + ",STATION,,,,,,,"));
        assertEquals(Map.of("UNIT", 1, "POST", 1, "PERSON", 1), updated(summary));
        assertEquals("李明明", person(model.organisation(), "P002").getName());
        assertEquals(PostRole.LEADERSHIP_MEMBER, person(model.organisation(), "P002").getTenures().get(0).getPost()
                .getRole());
        assertEquals(4, model.organisation().getPeople().size());
    }

    @Test
    void progressIsReportedForCheckingAndApplying() throws Exception {
        List<String> heard = new ArrayList<>();
        RosterProgress progress = (phase, done, total) -> heard.add(phase + " " + done + "/" + total);
        Organisation organisation = Rosters.emptyOrganisation();
        RosterImport roster = RosterImport.check(
                new cn.qinglian.core.roster.RosterReader().read(Rosters.csv(folder, "r.csv", Rosters.goodWith())),
                organisation, progress);
        roster.apply(organisation, progress);
        assertEquals(List.of("CHECK 6/6", "APPLY 6/6"), heard);
    }

    private static List<Integer> created(ImportSummary summary) {
        return List.of(RosterObjectType.values()).stream().map(summary::created).toList();
    }

    private static Map<String, Integer> updated(ImportSummary summary) {
        Map<String, Integer> updated = new TreeMap<>();
        for (RosterObjectType type : RosterObjectType.values()) {
            if (summary.updated(type) > 0) {
                updated.put(type.name(), summary.updated(type));
            }
        }
        return updated;
    }

    private static Person person(Organisation organisation, String personId) {
        return organisation.getPeople().stream().filter(p -> personId.equals(p.getPersonId())).findFirst()
                .orElseThrow();
    }

    private static String describe(Tenure tenure) {
        return tenure.getPost().getName() + " " + tenure.getStart() + ".." + (tenure.getEnd() == null ? ""
                : tenure.getEnd());
    }

    private static String describe(ReportingLine line) {
        return line.getFrom().getName() + "→" + line.getTo().getName();
    }
}
