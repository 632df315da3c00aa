package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.model.ChargeAssignment;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.QinglianPackage.Literals;
import cn.qinglian.model.Report;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Unit;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.editing.DeletionPlan;
import cn.qinglian.ui.internal.editing.DeletionPlan.ClearedReference;
import cn.qinglian.ui.testing.Ui;

/** What a deletion takes with it, and that one undo brings all of it back. */
class DeletionPlanTest {

    @TempDir
    Path folder;

    private WorkspaceSession session;
    private Organisation organisation;

    @BeforeEach
    void openSmallDistrict() throws Exception {
        session = new WorkspaceSession(new XmiWorkspaceStore(), TestWorkspaces.small(folder), false);
        organisation = session.organisation();
    }

    @Test
    void deletingAPostTakesItsTenuresButNotThePeople() {
        Post head = Ui.named(organisation, Post.class, "所长");
        Person zhang = Ui.named(organisation, Person.class, "张三");
        Person li = Ui.named(organisation, Person.class, "李四");
        DeletionPlan plan = DeletionPlan.of(List.of(head));
        assertEquals(Set.copyOf(head.getTenures()), Set.copyOf(plan.alsoDeleted()));
        assertEquals(2, plan.alsoDeleted().size(), "张三's current and 李四's earlier tenure");
        assertFalse(plan.deletes(zhang));

        session.execute(plan.toCommand(session.editingDomain()));
        assertNull(head.getUnit());
        assertTrue(zhang.getTenures().isEmpty());
        assertEquals(List.of("副所长"), li.getTenures().stream().map(t -> t.getPost().getName()).toList());
    }

    @Test
    void deletingACompetentDepartmentClearsTheReferenceOfTheStationsItSupervises() {
        Unit market = Ui.named(organisation, Unit.class, "市场监管局");
        Unit marketStation = Ui.named(organisation, Unit.class, "城东市场监管所");
        DeletionPlan plan = DeletionPlan.of(List.of(market));
        assertFalse(plan.deletes(marketStation));
        ClearedReference cleared = plan.clearedReferences().get(0);
        assertSame(marketStation, cleared.owner());
        assertEquals(Literals.UNIT__COMPETENT_DEPARTMENT, cleared.reference());
        assertEquals(List.of(market), cleared.removed());

        session.execute(plan.toCommand(session.editingDomain()));
        assertNull(marketStation.getCompetentDepartment());
        session.commandStack().undo();
        assertSame(market, marketStation.getCompetentDepartment());
    }

    @Test
    void deletingAStationTakesItsPostsTenuresReportingLinesAndTheirReports() {
        Unit station = Ui.named(organisation, Unit.class, "城东派出所");
        ReportingLine line = organisation.getReportingLines().get(0);
        Report report = report(line);
        DeletionPlan plan = DeletionPlan.of(List.of(station));
        assertTrue(plan.alsoDeleted().containsAll(station.getPosts()));
        assertTrue(plan.deletes(line), "the line's reporting party is gone");
        assertTrue(plan.deletes(report), "a report on a deleted line goes with it");
        for (Post post : station.getPosts()) {
            assertTrue(plan.alsoDeleted().containsAll(post.getTenures()));
        }
        assertTrue(plan.clearedReferences().stream().allMatch(ClearedReference::isOppositeOfDeleted),
                "only the people's side of the tenures is tidied up");
    }

    @Test
    void aChargeAssignmentLosesOneOfItsUnitsAndGoesWithTheLast() {
        Unit police = Ui.named(organisation, Unit.class, "公安分局");
        Unit market = Ui.named(organisation, Unit.class, "市场监管局");
        ChargeAssignment assignment = QinglianFactory.eINSTANCE.createChargeAssignment();
        assignment.setId("charge-1");
        assignment.setLeader(Ui.named(organisation, Post.class, "局长"));
        assignment.getUnits().addAll(List.of(police, market));
        organisation.getChargeAssignments().add(assignment);

        DeletionPlan one = DeletionPlan.of(List.of(market));
        assertFalse(one.deletes(assignment));
        assertTrue(one.clearedReferences().stream().anyMatch(c -> c.owner() == assignment
                && c.reference() == Literals.CHARGE_ASSIGNMENT__UNITS && c.removed().equals(List.of(market))));

        DeletionPlan both = DeletionPlan.of(List.of(market, police));
        assertTrue(both.deletes(assignment), "an assignment without units cannot stay");
    }

    @Test
    void undoAfterADeletionRestoresTheModelExactly() throws Exception {
        String before = xmi();
        Unit district = organisation.getUnits().get(0);
        session.execute(DeletionPlan.of(List.of(district)).toCommand(session.editingDomain()));
        assertTrue(organisation.getUnits().isEmpty());
        assertTrue(organisation.getReportingLines().isEmpty());
        assertTrue(organisation.getPeople().stream().allMatch(person -> person.getTenures().isEmpty()));
        session.commandStack().undo();
        assertEquals(before, xmi());
        session.commandStack().redo();
        assertTrue(organisation.getUnits().isEmpty());
    }

    private Report report(ReportingLine line) {
        Report report = QinglianFactory.eINSTANCE.createReport();
        report.setId("report-1");
        report.setDate(LocalDate.of(2024, 6, 30));
        report.setLine(line);
        report.setReporter(Ui.named(organisation, Person.class, "张三"));
        report.setRecipient(Ui.named(organisation, Person.class, "王五"));
        organisation.getReports().add(report);
        return report;
    }

    private String xmi() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        organisation.eResource().save(out, null);
        return out.toString(StandardCharsets.UTF_8);
    }
}
