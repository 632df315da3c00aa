package cn.qinglian.inspection.complaint;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import cn.qinglian.inspection.model.ComplainantType;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.InspectionRoot;

/**
 * The fast-track deadlines of complaints (快查快处), configured on the {@link InspectionRoot}: acknowledge
 * within {@code acknowledgeDays} of receipt; handle within {@code handleDays}, or within
 * {@code priorityHandleDays} for complaints of deputies, CPPCC members, key and large enterprises and
 * investors (the direct channel of the seed).
 */
public final class ComplaintDeadlines {

    /** Complainant types handled on the short deadline. */
    public static final Set<ComplainantType> PRIORITY = EnumSet.of(ComplainantType.NPC_DEPUTY,
            ComplainantType.CPPCC_MEMBER, ComplainantType.KEY_ENTERPRISE, ComplainantType.LARGE_ENTERPRISE,
            ComplainantType.INVESTOR);

    /** Days before the handle deadline during which a complaint counts as due. */
    public static final int DUE_WINDOW_DAYS = 3;

    private final int acknowledgeDays;
    private final int handleDays;
    private final int priorityHandleDays;

    public ComplaintDeadlines(int acknowledgeDays, int handleDays, int priorityHandleDays) {
        this.acknowledgeDays = Math.max(0, acknowledgeDays);
        this.handleDays = Math.max(0, handleDays);
        this.priorityHandleDays = Math.max(0, priorityHandleDays);
    }

    public static ComplaintDeadlines of(InspectionRoot root) {
        return new ComplaintDeadlines(root.getAcknowledgeDays(), root.getHandleDays(), root.getPriorityHandleDays());
    }

    /** The last day to acknowledge; {@code null} without a receipt date. */
    public LocalDate acknowledgeBy(Complaint complaint) {
        return complaint.getReceivedOn() == null ? null : complaint.getReceivedOn().plusDays(acknowledgeDays);
    }

    /** The last day to handle; {@code null} without a receipt date. */
    public LocalDate handleBy(Complaint complaint) {
        if (complaint.getReceivedOn() == null) {
            return null;
        }
        int days = PRIORITY.contains(complaint.getComplainantType()) ? priorityHandleDays : handleDays;
        return complaint.getReceivedOn().plusDays(days);
    }

    public static boolean isHandled(Complaint complaint) {
        return complaint.getHandledOn() != null;
    }

    /** Not acknowledged and the acknowledge deadline has passed on {@code asOf}. */
    public boolean acknowledgementOverdue(Complaint complaint, LocalDate asOf) {
        LocalDate by = acknowledgeBy(complaint);
        return by != null && complaint.getAcknowledgedOn() == null && !isHandled(complaint) && by.isBefore(asOf);
    }

    /** Not handled and the handle deadline has passed on {@code asOf}. */
    public boolean handlingOverdue(Complaint complaint, LocalDate asOf) {
        LocalDate by = handleBy(complaint);
        return by != null && !isHandled(complaint) && by.isBefore(asOf);
    }

    /** Not handled, not overdue, and the handle deadline falls within {@link #DUE_WINDOW_DAYS} of {@code asOf}. */
    public boolean due(Complaint complaint, LocalDate asOf) {
        LocalDate by = handleBy(complaint);
        return by != null && !isHandled(complaint) && !by.isBefore(asOf)
                && !by.isAfter(asOf.plusDays(DUE_WINDOW_DAYS));
    }
}
