package cn.qinglian.inspection.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.Feedback;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.LiaisonStation;

/**
 * 联络站反馈: the feedback the efficiency-monitoring liaison stations collected, newest first, with what
 * became of it; 转为投诉 turns a feedback into a complaint received through the station in one step.
 */
public class LiaisonStationView extends InspectionView {

    public static final String ID = "cn.qinglian.inspection.ui.stations";

    private TableViewer viewer;
    private Label summary;

    @Override
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(summary);
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("stationName", 200, f -> ((LiaisonStation) f.eContainer()).getName());
        column("feedbackDate", 90, f -> String.valueOf(f.getReceivedOn()));
        column("feedbackEnterprise", 180, f -> labels.label(f.getEnterprise()));
        column("feedbackText", 240, f -> f.getText() == null ? "" : f.getText());
        column("feedbackBecame", 140, f -> f.getComplaint() != null ? labels.label(f.getComplaint())
                : f.getFinding() != null ? labels.label(f.getFinding()) : "");
        getSite().setSelectionProvider(viewer);
        var toComplaint = action("feedbackToComplaint", this::toComplaintSelected);
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(toComplaint);
        MenuManager menu = new MenuManager();
        menu.add(toComplaint);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
    }

    private void column(String key, int width, Function<Feedback, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(InspectionUiMessages.get(key));
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Feedback) element);
            }
        });
    }

    private void toComplaintSelected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (first instanceof Feedback feedback && feedback.getComplaint() == null) {
            toComplaint(feedback);
        }
    }

    /** Turns {@code feedback} into a complaint through its station (one command). */
    public Complaint toComplaint(Feedback feedback) {
        return workflow.complaintFromFeedback((LiaisonStation) feedback.eContainer(), feedback);
    }

    @Override
    void refresh() {
        List<Feedback> all = new ArrayList<>();
        InspectionRoot root = workflow.root().orElse(null);
        int stations = 0;
        if (root != null) {
            stations = root.getLiaisonStations().size();
            root.getLiaisonStations().forEach(s -> all.addAll(s.getFeedback()));
        }
        all.sort((a, b) -> String.valueOf(b.getReceivedOn()).compareTo(String.valueOf(a.getReceivedOn())));
        viewer.setInput(all);
        summary.setText(InspectionUiMessages.get("stationSummary", stations, all.size(),
                all.stream().filter(f -> f.getComplaint() == null && f.getFinding() == null).count()));
        summary.getParent().layout();
    }

    @SuppressWarnings("unchecked")
    public List<Feedback> shown() {
        return (List<Feedback>) viewer.getInput();
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
