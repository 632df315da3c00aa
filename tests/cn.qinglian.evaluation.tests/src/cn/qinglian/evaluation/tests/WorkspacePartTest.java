package cn.qinglian.evaluation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.FormatMigrations;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.evaluation.EvaluationPart;
import cn.qinglian.evaluation.model.AccountabilityCategory;
import cn.qinglian.evaluation.model.AccountabilityRecord;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.model.EvaluationFactory;
import cn.qinglian.model.Person;

/** The evaluation data lives in evaluation.qinglian next to the organisation and refers to it by id. */
class WorkspacePartTest {

    @TempDir
    Path folder;

    @Test
    void recordsReferringToPeopleSurviveSaveAndLoad() throws Exception {
        XmiWorkspaceStore store = new XmiWorkspaceStore(FormatMigrations.none(), List.of(new EvaluationPart()));
        WorkspaceModel model = store.create(folder, "L区");
        Person person = cn.qinglian.model.QinglianFactory.eINSTANCE.createPerson();
        person.setId("person-1");
        person.setName("钱队员");
        model.organisation().getPeople().add(person);
        Evaluation evaluation = model.part(Evaluation.class).orElseThrow();
        AccountabilityRecord record = EvaluationFactory.eINSTANCE.createAccountabilityRecord();
        record.setId("record-1");
        record.setCategory(AccountabilityCategory.INACTION);
        record.setPerson(person);
        record.setDate(java.time.LocalDate.of(2019, 10, 9));
        evaluation.getAccountabilityRecords().add(record);
        store.save(model);

        String xml = Files.readString(folder.resolve(EvaluationPart.FILE_NAME));
        assertTrue(xml.contains("organisation.qinglian#person-1"), xml);
        WorkspaceModel loaded = store.load(folder);
        AccountabilityRecord back = loaded.part(Evaluation.class).orElseThrow().getAccountabilityRecords().get(0);
        assertEquals("钱队员", back.getPerson().getName());
        assertEquals(loaded.organisation().getPeople().get(0), back.getPerson());
        assertEquals(java.time.LocalDate.of(2019, 10, 9), back.getDate());
    }

    @Test
    void theRootIdFollowsTheOrganisationSoSamplesRepeat() {
        var organisation = cn.qinglian.model.QinglianFactory.eINSTANCE.createOrganisation();
        organisation.setId("org-1");
        assertEquals(new EvaluationPart().createRoot(organisation).eGet(
                cn.qinglian.model.QinglianPackage.Literals.IDENTIFIED__ID),
                new EvaluationPart().createRoot(organisation).eGet(cn.qinglian.model.QinglianPackage.Literals.IDENTIFIED__ID));
    }
}
