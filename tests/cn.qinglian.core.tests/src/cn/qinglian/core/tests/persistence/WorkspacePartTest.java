package cn.qinglian.core.tests.persistence;

import static cn.qinglian.core.tests.persistence.Messages.assertMessages;
import static cn.qinglian.core.tests.persistence.Messages.words;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.parts.WorkspacePart;
import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.core.persistence.FormatMigrations;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.core.workspace.WorkspaceProblem;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.QinglianPackage;

/**
 * A module's data as a workspace part: a "ledger" module (a dynamic EMF package: a ledger of entries,
 * each about a person of the organisation) stored in {@code ledger.qinglian} next to the organisation.
 */
class WorkspacePartTest {

    private static final LedgerPart LEDGER = new LedgerPart();

    @TempDir
    Path folder;

    @Test
    void workspaceWithoutThePartFileGetsAnEmptyRootThatTheNextSaveWrites() throws Exception {
        SampleOrganisation.saveIn(folder);
        XmiWorkspaceStore store = new XmiWorkspaceStore(FormatMigrations.none(), List.of(LEDGER));

        WorkspaceModel model = store.load(folder);

        EObject ledger = ledgerOf(model.organisation());
        assertTrue(entries(ledger).isEmpty());
        assertFalse(Files.exists(folder.resolve("ledger.qinglian")), "loading writes nothing");
        store.save(model);
        assertTrue(Files.readString(folder.resolve("ledger.qinglian")).contains(LedgerPart.NS_URI));
    }

    @Test
    void entriesReferToTheOrganisationsPeopleByIdAcrossFiles() throws Exception {
        SampleOrganisation sample = SampleOrganisation.saveIn(folder);
        XmiWorkspaceStore store = new XmiWorkspaceStore(FormatMigrations.none(), List.of(LEDGER));
        WorkspaceModel model = store.load(folder);
        EObject ledger = ledgerOf(model.organisation());
        Person wang = person(model.organisation(), "王建国");
        entries(ledger).add(LEDGER.entry("e-1", wang, "谈话提醒"));
        store.save(model);

        String file = Files.readString(folder.resolve("ledger.qinglian"), StandardCharsets.UTF_8);
        assertTrue(file.contains("organisation.qinglian#" + sample.wangJianguo.getId()), file);

        WorkspaceModel reloaded = store.load(folder);
        EObject entry = entries(ledgerOf(reloaded.organisation())).get(0);
        assertEquals("谈话提醒", entry.eGet(LEDGER.note));
        assertSame(person(reloaded.organisation(), "王建国"), entry.eGet(LEDGER.about),
                "the reference resolves to the person of the reloaded organisation");
    }

    @Test
    void newWorkspaceHasEveryPartFile() throws Exception {
        XmiWorkspaceStore store = new XmiWorkspaceStore(FormatMigrations.none(), List.of(LEDGER));

        WorkspaceModel created = store.create(folder.resolve("new"), "新区");

        assertTrue(Files.isRegularFile(folder.resolve("new/ledger.qinglian")));
        assertTrue(LEDGER.isLedger(ledgerOf(created.organisation())));
        assertTrue(entries(ledgerOf(store.load(folder.resolve("new")).organisation())).isEmpty());
    }

    @Test
    void damagedPartFileFailsTheLoadNamingTheFile() throws Exception {
        SampleOrganisation.saveIn(folder);
        Path file = folder.resolve("ledger.qinglian");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<ledger:Ledger xmlns:ledger=\"" + LedgerPart.NS_URI
                + "\" id=\"l\">\n  <entries id=\"e\"");
        XmiWorkspaceStore store = new XmiWorkspaceStore(FormatMigrations.none(), List.of(LEDGER));

        WorkspaceException e = assertThrows(WorkspaceException.class, () -> store.load(folder));

        assertEquals(WorkspaceProblem.MALFORMED, e.problem());
        assertEquals(file, e.path());
    }

    @Test
    void foreignPartFileIsRefusedWithTheExpectedNamespace() throws Exception {
        SampleOrganisation.saveIn(folder);
        Path file = folder.resolve("ledger.qinglian");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<other xmlns=\"http://example.org/other\"/>\n");
        XmiWorkspaceStore store = new XmiWorkspaceStore(FormatMigrations.none(), List.of(LEDGER));

        WorkspaceException e = assertThrows(WorkspaceException.class, () -> store.load(folder));

        assertEquals(WorkspaceProblem.FOREIGN_PART, e.problem());
        assertMessages(e, words("不是所需的清廉站所模块数据文件", LedgerPart.NS_URI),
                words("not a Qinglian module file", LedgerPart.NS_URI));
    }

    @Test
    void partFileOfAModuleThatIsNotInstalledIsNeitherLoadedNorTouched() throws Exception {
        SampleOrganisation.saveIn(folder);
        XmiWorkspaceStore withLedger = new XmiWorkspaceStore(FormatMigrations.none(), List.of(LEDGER));
        WorkspaceModel model = withLedger.load(folder);
        entries(ledgerOf(model.organisation())).add(LEDGER.entry("e-1", person(model.organisation(), "李娜"), "备注"));
        withLedger.save(model);
        byte[] before = Files.readAllBytes(folder.resolve("ledger.qinglian"));

        XmiWorkspaceStore without = new XmiWorkspaceStore();
        WorkspaceModel plain = without.load(folder);
        plain.organisation().setName("改名");
        without.save(plain);

        assertEquals(1, plain.resourceSet().getResources().size(), "only the organisation is loaded");
        assertArrayEquals(before, Files.readAllBytes(folder.resolve("ledger.qinglian")));
    }

    /** The ledger root, found as module code finds its root (by type: here the dynamic class's instance class). */
    private static EObject ledgerOf(Organisation organisation) {
        assertSame(organisation, WorkspaceParts.rootOf(organisation, Organisation.class).orElseThrow());
        for (var resource : organisation.eResource().getResourceSet().getResources()) {
            EObject root = resource.getContents().get(0);
            if (LEDGER.isLedger(root)) {
                return root;
            }
        }
        throw new AssertionError("no ledger");
    }

    @SuppressWarnings("unchecked")
    private static EList<EObject> entries(EObject ledger) {
        return (EList<EObject>) ledger.eGet(LEDGER.entries);
    }

    private static Person person(Organisation organisation, String name) {
        return organisation.getPeople().stream().filter(p -> name.equals(p.getName())).findFirst().orElseThrow();
    }

    /** A module part over a dynamic package: Ledger(id, entries) ◇— Entry(id, note, about → Person). */
    static final class LedgerPart implements WorkspacePart {

        static final String NS_URI = "http://qinglian.cn/test/ledger/1.0";

        final EPackage ePackage;
        final EClass ledger;
        final EClass entry;
        final EReference entries;
        final EAttribute note;
        final EReference about;

        LedgerPart() {
            EcoreFactory ecore = EcoreFactory.eINSTANCE;
            ePackage = ecore.createEPackage();
            ePackage.setName("ledger");
            ePackage.setNsPrefix("ledger");
            ePackage.setNsURI(NS_URI);
            ledger = ecore.createEClass();
            ledger.setName("Ledger");
            ledger.getEStructuralFeatures().add(idAttribute());
            entry = ecore.createEClass();
            entry.setName("Entry");
            entry.getEStructuralFeatures().add(idAttribute());
            entries = ecore.createEReference();
            entries.setName("entries");
            entries.setEType(entry);
            entries.setContainment(true);
            entries.setUpperBound(-1);
            ledger.getEStructuralFeatures().add(entries);
            note = ecore.createEAttribute();
            note.setName("note");
            note.setEType(EcorePackage.Literals.ESTRING);
            entry.getEStructuralFeatures().add(note);
            about = ecore.createEReference();
            about.setName("about");
            about.setEType(QinglianPackage.Literals.PERSON);
            entry.getEStructuralFeatures().add(about);
            ePackage.getEClassifiers().addAll(List.of(ledger, entry));
        }

        /** Dynamic classes cannot extend the generated abstract {@code Identified}; they get an id of their own. */
        private static EAttribute idAttribute() {
            EAttribute id = EcoreFactory.eINSTANCE.createEAttribute();
            id.setName("id");
            id.setEType(EcorePackage.Literals.ESTRING);
            id.setID(true);
            return id;
        }

        @Override
        public String fileName() {
            return "ledger.qinglian";
        }

        @Override
        public EPackage ePackage() {
            return ePackage;
        }

        @Override
        public EObject createRoot(Organisation organisation) {
            EObject root = ePackage.getEFactoryInstance().create(ledger);
            root.eSet(ledger.getEStructuralFeature("id"), "ledger");
            return root;
        }

        boolean isLedger(EObject object) {
            return object.eClass() == ledger;
        }

        EObject entry(String id, Person person, String text) {
            EObject created = ePackage.getEFactoryInstance().create(entry);
            created.eSet(entry.getEStructuralFeature("id"), id);
            created.eSet(note, text);
            created.eSet(about, person);
            return created;
        }
    }
}
