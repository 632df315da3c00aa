package cn.qinglian.inspection.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.qinglian.core.dashboard.ContributedFigure;
import cn.qinglian.core.dashboard.FigureSource;
import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.inspection.complaint.ComplaintDeadlines;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.rectification.RectificationLifecycle;
import cn.qinglian.model.Organisation;

/**
 * The inspection figures of the overview: open rectifications, overdue rectifications, complaints due
 * within {@value ComplaintDeadlines#DUE_WINDOW_DAYS} days and complaints past their fast-track deadline.
 */
public final class InspectionFigures implements FigureSource {

    public static final String OPEN_RECTIFICATIONS = "inspection.open-rectifications";
    public static final String OVERDUE_RECTIFICATIONS = "inspection.overdue-rectifications";
    public static final String COMPLAINTS_DUE = "inspection.complaints-due";
    public static final String COMPLAINTS_OVERDUE = "inspection.complaints-overdue";

    @Override
    public List<ContributedFigure> figures(Organisation organisation, LocalDate asOf, Locale locale) {
        return WorkspaceParts.rootOf(organisation, InspectionRoot.class)
                .map(root -> figures(root, asOf, new InspectionLabels(locale))).orElse(List.of());
    }

    public static List<ContributedFigure> figures(InspectionRoot root, LocalDate asOf, InspectionLabels labels) {
        List<Rectification> open = root.getRectifications().stream().filter(RectificationLifecycle::isOpen).toList();
        List<Rectification> overdue = open.stream().filter(r -> RectificationLifecycle.isOverdue(r, asOf)).toList();
        ComplaintDeadlines deadlines = ComplaintDeadlines.of(root);
        List<Complaint> due = root.getComplaints().stream().filter(c -> deadlines.due(c, asOf)).toList();
        List<Complaint> late = root.getComplaints().stream().filter(c -> deadlines.handlingOverdue(c, asOf)).toList();
        return List.of(ContributedFigure.of(OPEN_RECTIFICATIONS, labels.text("figure.openRectifications"), open),
                ContributedFigure.of(OVERDUE_RECTIFICATIONS, labels.text("figure.overdueRectifications"), overdue),
                ContributedFigure.of(COMPLAINTS_DUE, labels.text("figure.complaintsDue"), due),
                ContributedFigure.of(COMPLAINTS_OVERDUE, labels.text("figure.complaintsOverdue"), late));
    }
}
