package cn.qinglian.award.evaluation;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import cn.qinglian.award.eligibility.EligibilityContext;
import cn.qinglian.award.eligibility.EligibilityRule;
import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.evaluation.EvaluationTexts;
import cn.qinglian.evaluation.model.AccountabilityRecord;
import cn.qinglian.evaluation.model.AccountabilityStatus;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.model.Person;

/**
 * {@code award.evaluation.no-accountability}: the nominee has no accountability record (proposed or
 * confirmed; dismissed ones do not count) dated in the calendar year of the period's last day, up to
 * that day.
 */
public final class NoAccountabilityRule implements EligibilityRule {

    public static final String ID = "award.evaluation.no-accountability";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return Texts.format(locale, "noAccountability");
    }

    @Override
    public Optional<String> exclusionReason(Person nominee, EligibilityContext context) {
        Optional<Evaluation> root = WorkspaceParts.rootOf(context.organisation(), Evaluation.class);
        LocalDate asOf = context.asOf();
        if (root.isEmpty() || asOf == null) {
            return Optional.empty();
        }
        EvaluationTexts labels = new EvaluationTexts(context.locale());
        for (AccountabilityRecord record : root.get().getAccountabilityRecords()) {
            LocalDate date = record.getDate();
            if (record.getPerson() == nominee && record.getStatus() != AccountabilityStatus.DISMISSED && date != null
                    && date.getYear() == asOf.getYear() && !date.isAfter(asOf)) {
                return Optional.of(Texts.format(context.locale(), "noAccountability.reason", date.toString(),
                        labels.label(record.getCategory()), labels.label(record.getStatus()),
                        record.getDescription() == null ? "" : record.getDescription()));
            }
        }
        return Optional.empty();
    }
}
