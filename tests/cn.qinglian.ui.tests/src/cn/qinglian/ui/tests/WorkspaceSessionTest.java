package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.model.Cadence;
import cn.qinglian.model.Gender;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.QinglianPackage.Literals;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.editing.Drafts.PersonDraft;
import cn.qinglian.ui.internal.editing.Drafts.PostDraft;
import cn.qinglian.ui.internal.editing.Drafts.ReportingLineDraft;
import cn.qinglian.ui.internal.editing.Drafts.TenureDraft;
import cn.qinglian.ui.internal.editing.Drafts.UnitDraft;
import cn.qinglian.ui.internal.editing.ModelCommands;
import cn.qinglian.ui.internal.editing.ModelCommands.Creation;
import cn.qinglian.ui.testing.Ui;

/** One command stack for every change: dirty state, undo and redo, saving, the "New …" commands. */
class WorkspaceSessionTest {

    @TempDir
    Path folder;

    private WorkspaceSession session;
    private Organisation organisation;
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void openSmallDistrict() throws Exception {
        session = new WorkspaceSession(new XmiWorkspaceStore(), TestWorkspaces.small(folder), false);
        organisation = session.organisation();
        session.addListener(new WorkspaceSession.Listener() {
            @Override
            public void stateChanged(WorkspaceSession changed) {
                events.add("changed dirty=" + changed.isDirty());
            }

            @Override
            public void workspaceOpened(WorkspaceSession opened) {
                events.add("opened " + opened.workspace().name());
            }
        });
    }

    @Test
    void aChangeMakesTheWorkspaceDirtyUntilSavedOrUndone() throws Exception {
        Unit station = Ui.named(organisation, Unit.class, "城东派出所");
        assertFalse(session.isDirty());
        session.execute(SetCommand.create(session.editingDomain(), station, Literals.NAMED__NAME, "城东派出所（新）"));
        assertTrue(session.isDirty());
        session.commandStack().undo();
        assertFalse(session.isDirty(), "undone to the saved state");
        session.commandStack().redo();
        session.save();
        assertFalse(session.isDirty());
        assertTrue(Files.readString(folder.resolve(XmiWorkspaceStore.ORGANISATION_FILE), StandardCharsets.UTF_8)
                .contains("城东派出所（新）"));
        assertEquals(List.of("changed dirty=true", "changed dirty=false", "changed dirty=true", "changed dirty=false"),
                events);
    }

    @Test
    void theEditingDomainOfEveryModelObjectIsTheSessions() {
        Unit station = Ui.named(organisation, Unit.class, "城东派出所");
        assertSame(session.editingDomain(), AdapterFactoryEditingDomain.getEditingDomainFor(station));
    }

    @Test
    void aRestoredCopyIsDirtyUntilSaved(@TempDir Path other) throws Exception {
        session.open(TestWorkspaces.small(other), true);
        assertEquals(List.of("opened L区"), events);
        assertTrue(session.isDirty());
        assertFalse(session.commandStack().canUndo());
        session.save();
        assertFalse(session.isDirty());
    }

    @Test
    void commandsThatCreateGiveNewObjectsUuidsAndUndoRemovesThem() {
        Unit police = Ui.named(organisation, Unit.class, "公安分局");
        Unit unit = (Unit) create(ModelCommands.newUnit(session.editingDomain(), police,
                new UnitDraft(" 城西派出所 ", UnitKind.STATION)));
        assertEquals("城西派出所", unit.getName());
        assertSame(police, unit.getParent());
        Post post = (Post) create(ModelCommands.newPost(session.editingDomain(), unit,
                new PostDraft("所长", PostRole.HEAD)));
        Person person = (Person) create(ModelCommands.newPerson(session.editingDomain(), organisation,
                new PersonDraft("赵六", "P004", Gender.FEMALE, 1980)));
        Tenure tenure = (Tenure) create(ModelCommands.newTenure(session.editingDomain(),
                new TenureDraft(person, post, LocalDate.of(2024, 1, 1), null)));
        assertEquals(List.of(tenure), post.getTenures(), "the post knows its holder through the opposite");
        ReportingLine line = (ReportingLine) create(ModelCommands.newReportingLine(session.editingDomain(),
                organisation, new ReportingLineDraft(ReportingKind.LEVEL, unit, police, Cadence.MONTHLY)));
        assertSame(unit, line.getFrom());
        for (Object created : List.of(unit, post, person, tenure, line)) {
            UUID.fromString(((cn.qinglian.model.Identified) created).getId());
        }

        while (session.commandStack().canUndo()) {
            session.commandStack().undo();
        }
        assertNull(unit.getParent());
        assertFalse(organisation.getPeople().contains(person));
        assertTrue(post.getTenures().isEmpty());
        assertFalse(organisation.getReportingLines().contains(line));
        assertFalse(session.isDirty());
        session.commandStack().redo();
        assertSame(police, unit.getParent());
    }

    @Test
    void draftsRefuseEmptyNamesAndTenuresEndingBeforeTheyStart() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new UnitDraft("  ", UnitKind.STATION));
        Person person = Ui.named(organisation, Person.class, "王五");
        Post post = Ui.named(organisation, Post.class, "局长");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new TenureDraft(person, post, LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)));
    }

    private Object create(Creation creation) {
        assertTrue(session.execute(creation.command()));
        assertTrue(session.isDirty());
        return creation.created();
    }
}
