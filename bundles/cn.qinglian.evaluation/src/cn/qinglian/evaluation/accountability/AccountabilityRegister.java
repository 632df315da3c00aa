package cn.qinglian.evaluation.accountability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.qinglian.evaluation.model.AccountabilityRecord;
import cn.qinglian.evaluation.model.AccountabilityStatus;
import cn.qinglian.evaluation.model.Evaluation;

/** Queries over the accountability records (问责台账). */
public final class AccountabilityRegister {

    private AccountabilityRegister() {
    }

    /** The records dated in {@code year} that were not dismissed, oldest first. */
    public static List<AccountabilityRecord> inYear(Evaluation evaluation, int year) {
        List<AccountabilityRecord> records = new ArrayList<>();
        for (AccountabilityRecord record : evaluation.getAccountabilityRecords()) {
            if (record.getDate() != null && record.getDate().getYear() == year
                    && record.getStatus() != AccountabilityStatus.DISMISSED) {
                records.add(record);
            }
        }
        return sorted(records);
    }

    /** Every record, by date (undated last), then in file order. */
    public static List<AccountabilityRecord> all(Evaluation evaluation) {
        return sorted(new ArrayList<>(evaluation.getAccountabilityRecords()));
    }

    private static List<AccountabilityRecord> sorted(List<AccountabilityRecord> records) {
        records.sort(Comparator.comparing(AccountabilityRecord::getDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return records;
    }
}
