package cn.qinglian.award.inspection;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import cn.qinglian.award.eligibility.EligibilityContext;
import cn.qinglian.award.eligibility.EligibilityRule;
import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.ComplaintStatus;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.model.RectificationState;
import cn.qinglian.model.Person;

/**
 * {@code award.inspection.clean-record}: within the {@code AwardType.cleanRecordMonths} months up to the
 * last day of the period, the nominee is named in no finding that is still open (it has no
 * rectification, or one that is not closed) and is the target of no complaint under investigation
 * (status investigating, or suspended pending investigation). The reason names the finding's title
 * and date, or the complaint's number and date — never the complainant.
 */
public final class CleanRecordRule implements EligibilityRule {

    public static final String ID = "award.inspection.clean-record";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return Texts.format(locale, "cleanRecord");
    }

    @Override
    public Optional<String> exclusionReason(Person nominee, EligibilityContext context) {
        Optional<InspectionRoot> root = WorkspaceParts.rootOf(context.organisation(), InspectionRoot.class);
        LocalDate asOf = context.asOf();
        if (root.isEmpty() || asOf == null) {
            return Optional.empty();
        }
        int months = context.awardType().getCleanRecordMonths();
        LocalDate from = asOf.minusMonths(months);
        for (Finding finding : root.get().getFindings()) {
            if (finding.getPersons().contains(nominee) && within(finding.getFoundOn(), from, asOf)
                    && open(root.get(), finding)) {
                return Optional.of(Texts.format(context.locale(), "cleanRecord.finding", months, finding.getTitle(),
                        finding.getFoundOn().toString()));
            }
        }
        for (Complaint complaint : root.get().getComplaints()) {
            if (complaint.getTargetPerson() == nominee && within(complaint.getReceivedOn(), from, asOf)
                    && (complaint.getStatus() == ComplaintStatus.INVESTIGATING || complaint.isSuspended())) {
                return Optional.of(Texts.format(context.locale(), "cleanRecord.complaint", months,
                        complaint.getNumber(), complaint.getReceivedOn().toString()));
            }
        }
        return Optional.empty();
    }

    /** Open while it has no rectification or one that is not closed. */
    static boolean open(InspectionRoot root, Finding finding) {
        boolean any = false;
        for (Rectification rectification : root.getRectifications()) {
            if (rectification.getFinding() == finding) {
                any = true;
                if (rectification.getState() != RectificationState.CLOSED) {
                    return true;
                }
            }
        }
        return !any;
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
