package cn.qinglian.inspection.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import cn.qinglian.inspection.complaint.ComplainantIdentity;
import cn.qinglian.inspection.complaint.ComplaintDeadlines;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.Rectification;

/**
 * 投诉举报队列: complaints not yet handled, the nearest handling deadline first (overdue ones in red);
 * acknowledge, turn into a finding with a rectification, handle, and — explicitly, with a reason that is
 * logged — reveal a complainant. The complainant column only ever shows "（保密）".
 */
public class ComplaintQueueView extends InspectionView {

    public static final String ID = "cn.qinglian.inspection.ui.complaints";

    private TableViewer viewer;
    private Label summary;
    private ComplaintDeadlines deadlines = new ComplaintDeadlines(1, 7, 3);
    private final Action showHandled = new Action(InspectionUiMessages.get("showHandled"), IAction.AS_CHECK_BOX) {
        @Override
        public void run() {
            refresh();
        }
    };

    @Override
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(4, 2).applyTo(parent);
        asOfField(parent);
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(summary);
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(viewer.getControl());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("complaintNumber", 60, Complaint::getNumber);
        column("complaintDeadline", 90, c -> String.valueOf(deadlines.handleBy(c)));
        column("complaintDaysLeft", 60, this::daysLeft);
        column("complaintChannel", 80, c -> labels.of(c.getChannel()));
        column("complaintType", 80, c -> labels.of(c.getComplainantType()));
        column("complaintComplainant", 70, c -> ComplainantIdentity.hidden(c, labels.locale()));
        column("complaintSummary", 220, c -> c.getSummary() == null ? "" : c.getSummary());
        column("complaintTarget", 130, c -> labels.label(c.getTargetUnit()));
        column("complaintStatus", 70, c -> labels.of(c.getStatus()));
        column("complaintSuspended", 60, c -> c.isSuspended() ? labels.text("yes") : "");
        getSite().setSelectionProvider(viewer);
        contributeActions();
    }

    private String daysLeft(Complaint complaint) {
        LocalDate by = deadlines.handleBy(complaint);
        return by == null || ComplaintDeadlines.isHandled(complaint) ? ""
                : String.valueOf(ChronoUnit.DAYS.between(asOf(), by));
    }

    private void column(String key, int width, Function<Complaint, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(InspectionUiMessages.get(key));
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Complaint) element);
            }

            @Override
            public Color getForeground(Object element) {
                return deadlines.handlingOverdue((Complaint) element, asOf())
                        ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
            }
        });
    }

    private void contributeActions() {
        List<IAction> actions = List.of(action("acknowledge", () -> selected().ifPresent(workflow::acknowledge)),
                action("toFinding", this::toFinding), action("handle", this::handleSelected),
                action("reveal", this::revealSelected));
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        MenuManager menu = new MenuManager();
        actions.forEach(a -> {
            toolBar.add(a);
            menu.add(a);
        });
        getViewSite().getActionBars().getMenuManager().add(showHandled);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
    }

    private java.util.Optional<Complaint> selected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return first instanceof Complaint c ? java.util.Optional.of(c) : java.util.Optional.empty();
    }

    private void toFinding() {
        selected().ifPresent(c -> {
            String title = ask("toFinding", "findingTitlePrompt", c.getSummary() == null ? "" : c.getSummary());
            if (title != null) {
                String measure = ask("toFinding", "measurePrompt", "");
                if (measure != null) {
                    findingWithRectification(c, title, measure);
                }
            }
        });
    }

    /** Records a finding from {@code complaint} with an open rectification (one command). */
    public Rectification findingWithRectification(Complaint complaint, String title, String measure) {
        return workflow.findingWithRectification(complaint, title, measure);
    }

    /** Closes {@code complaint} with its outcome (one command). */
    public void handle(Complaint complaint, String outcome) {
        workflow.handle(complaint, outcome);
    }

    private void handleSelected() {
        selected().ifPresent(c -> {
            String outcome = ask("handle", "outcomePrompt", "");
            if (outcome != null) {
                workflow.handle(c, outcome);
            }
        });
    }

    private void revealSelected() {
        selected().ifPresent(c -> {
            String reason = ask("reveal", "revealPrompt", "");
            if (reason != null) {
                MessageDialog.openInformation(getSite().getShell(), InspectionUiMessages.get("reveal"),
                        InspectionUiMessages.get("revealed", c.getNumber(), reveal(c, reason)));
            }
        });
    }

    /** Logs the reveal (who, when, why) and returns the complainant's identity. */
    public String reveal(Complaint complaint, String reason) {
        return workflow.reveal(complaint, reason);
    }

    @Override
    void refresh() {
        InspectionRoot root = workflow.root().orElse(null);
        List<Complaint> queue = new ArrayList<>();
        if (root != null) {
            deadlines = ComplaintDeadlines.of(root);
            for (Complaint c : root.getComplaints()) {
                if (showHandled.isChecked() || !ComplaintDeadlines.isHandled(c)) {
                    queue.add(c);
                }
            }
        }
        queue.sort(Comparator.comparing((Complaint c) -> deadlines.handleBy(c),
                Comparator.nullsLast(Comparator.naturalOrder())));
        viewer.setInput(queue);
        long late = queue.stream().filter(c -> deadlines.handlingOverdue(c, asOf())).count();
        summary.setText(InspectionUiMessages.get("queueSummary", queue.size(), late));
        summary.getParent().layout();
    }

    /** The complaints shown, in queue order. */
    @SuppressWarnings("unchecked")
    public List<Complaint> shown() {
        return (List<Complaint>) viewer.getInput();
    }

    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    boolean isDisposed() {
        return viewer == null || viewer.getControl().isDisposed();
    }
}
