package cn.qinglian.evaluation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.evaluation.accountability.AccountabilityRegister;
import cn.qinglian.evaluation.accountability.FailureToHoldAccountable;
import cn.qinglian.evaluation.model.AccountabilityCategory;
import cn.qinglian.evaluation.model.AccountabilityRecord;
import cn.qinglian.evaluation.model.AccountabilityStatus;
import cn.qinglian.evaluation.model.EvaluationFactory;

/** "Failure to hold accountable" (失责不追责) goes to the responsible leaders from the hierarchy. */
class AccountabilityTest {

    private static AccountabilityRecord record(Town town, AccountabilityCategory category, String person, String date) {
        AccountabilityRecord record = EvaluationFactory.eINSTANCE.createAccountabilityRecord();
        record.setId(UUID.randomUUID().toString());
        record.setCategory(category);
        record.setStatus(AccountabilityStatus.CONFIRMED);
        record.setPerson(person == null ? null : town.person(person));
        record.setDate(LocalDate.parse(date));
        record.setDescription("选择性执法");
        town.evaluation.getAccountabilityRecords().add(record);
        return record;
    }

    private static List<String> describe(List<AccountabilityRecord> records) {
        return records.stream().map(r -> r.getCategory() + " " + (r.getPerson() == null ? "-" : r.getPerson().getName())
                + " " + r.getPost().getName() + " " + r.getStatus()).toList();
    }

    private static FailureToHoldAccountable failure(Town town) {
        return new FailureToHoldAccountable(OrganisationIndex.of(town.organisation), () -> UUID.randomUUID().toString());
    }

    @Test
    void anOfficersMatterGoesToTheStationHeadAndTheLeaderInCharge() {
        Town town = Town.standard();
        AccountabilityRecord cause = record(town, AccountabilityCategory.ACTING_WRONGLY, "钱队员", "2019-05-14");
        List<AccountabilityRecord> records = failure(town).propose(cause, LocalDate.of(2019, 6, 1));
        assertEquals(List.of("FAILURE_TO_HOLD_ACCOUNTABLE 周所长 所长 PROPOSED",
                "FAILURE_TO_HOLD_ACCOUNTABLE 赵区长 副区长 PROPOSED"), describe(records));
        assertEquals(cause, records.get(0).getCause());
        assertEquals(LocalDate.of(2019, 6, 1), records.get(0).getDate());
    }

    @Test
    void theHeadsOwnMatterGoesOnlyToTheLeaderInCharge() {
        Town town = Town.standard();
        AccountabilityRecord cause = record(town, AccountabilityCategory.INACTION, "周所长", "2019-05-14");
        assertEquals(List.of("FAILURE_TO_HOLD_ACCOUNTABLE 赵区长 副区长 PROPOSED"),
                describe(failure(town).propose(cause, Town.AS_OF)));
    }

    @Test
    void aUnitsMatterGoesToItsHeadAndTheLeaderInCharge() {
        Town town = Town.standard();
        AccountabilityRecord cause = record(town, AccountabilityCategory.LAST_PLACE, null, "2019-12-31");
        cause.setUnit(town.unit("和埠派出所"));
        assertEquals(List.of("FAILURE_TO_HOLD_ACCOUNTABLE 周所长 所长 PROPOSED",
                "FAILURE_TO_HOLD_ACCOUNTABLE 赵区长 副区长 PROPOSED"), describe(failure(town).propose(cause, Town.AS_OF)));
    }

    @Test
    void aMatterBeforeTheHeadArrivedFindsTheHeadOfThatTime() {
        Town town = Town.standard();
        // 周所长 heads the station from 2016-03-01; in 2015 the head post was vacant
        AccountabilityRecord cause = record(town, AccountabilityCategory.IMPROPRIETY, "钱队员", "2015-06-01");
        assertEquals(List.of("FAILURE_TO_HOLD_ACCOUNTABLE - 所长 PROPOSED",
                "FAILURE_TO_HOLD_ACCOUNTABLE 赵区长 副区长 PROPOSED"), describe(failure(town).propose(cause, Town.AS_OF)));
    }

    @Test
    void theRegisterOfAYearLeavesOutDismissedRecords() {
        Town town = Town.standard();
        record(town, AccountabilityCategory.INACTION, "钱队员", "2019-10-09");
        record(town, AccountabilityCategory.ACTING_WRONGLY, "钱队员", "2019-05-14");
        record(town, AccountabilityCategory.IMPROPRIETY, "孙科员", "2018-08-20");
        record(town, AccountabilityCategory.INACTION, "孙科员", "2019-03-01").setStatus(AccountabilityStatus.DISMISSED);
        assertEquals(List.of(LocalDate.of(2019, 5, 14), LocalDate.of(2019, 10, 9)),
                AccountabilityRegister.inYear(town.evaluation, 2019).stream().map(AccountabilityRecord::getDate).toList());
    }
}
