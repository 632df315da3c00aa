package cn.qinglian.inspection.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import cn.qinglian.inspection.export.LedgerExport;
import cn.qinglian.inspection.export.LedgerRow;
import cn.qinglian.inspection.export.TourReport;
import cn.qinglian.inspection.export.TourReportHtml;
import cn.qinglian.inspection.export.TourReportPdf;
import cn.qinglian.inspection.model.EvidenceFile;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.InspectionTour;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.model.RectificationState;
import cn.qinglian.inspection.rectification.IllegalTransitionException;
import cn.qinglian.inspection.rectification.RectificationLifecycle;

/**
 * 整改台账: every rectification with its finding, owner, deadline and state; filter by text and state,
 * sort by any column, group by category, state, unit or owner; move a rectification on (推进) and export
 * the ledger to XLSX or a tour report to PDF.
 */
public class LedgerView extends InspectionView {

    public static final String ID = "cn.qinglian.inspection.ui.ledger";

    /** A group of rows sharing a value of the grouping column. */
    public record Group(String name, List<Rectification> rows) {
    }

    /** Group-by choices: none, then the columns that make sense. */
    private static final int[] GROUP_COLUMNS = { -1, 2, 8, 4, 6 };

    private final Map<Rectification, LedgerRow> rows = new LinkedHashMap<>();
    private TreeViewer viewer;
    private Text filter;
    private Combo stateFilter;
    private Combo groupBy;
    private Label summary;
    private int sortColumn = -1;
    private boolean descending;

    @Override
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(8).spacing(4, 2).applyTo(parent);
        new Label(parent, SWT.NONE).setText(InspectionUiMessages.get("filter"));
        filter = new Text(parent, SWT.BORDER | SWT.SEARCH);
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(filter);
        filter.addModifyListener(e -> refresh());
        stateFilter = new Combo(parent, SWT.READ_ONLY);
        stateFilter.add(InspectionUiMessages.get("allStates"));
        for (RectificationState state : RectificationState.values()) {
            stateFilter.add(labels.of(state));
        }
        stateFilter.select(0);
        stateFilter.addModifyListener(e -> refresh());
        new Label(parent, SWT.NONE).setText(InspectionUiMessages.get("groupBy"));
        groupBy = new Combo(parent, SWT.READ_ONLY);
        for (String key : List.of("groupNone", "groupCategory", "groupState", "groupUnit", "groupOwner")) {
            groupBy.add(InspectionUiMessages.get(key));
        }
        groupBy.select(0);
        groupBy.addModifyListener(e -> refresh());
        asOfField(parent);
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI);
        GridDataFactory.fillDefaults().span(8, 1).grab(true, true).applyTo(viewer.getControl());
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new Content());
        int[] widths = { 150, 200, 110, 60, 220, 200, 220, 90, 70, 50 };
        for (int c = 0; c < widths.length; c++) {
            column(c, widths[c]);
        }
        viewer.setComparator(new Sorter());
        getSite().setSelectionProvider(viewer);
        contributeActions();
    }

    /** Column texts: 0 source, 1 finding, 2 category, 3 severity, 4 unit, 5 measure, 6 owner, 7 deadline, 8 state, 9 overdue. */
    static String text(LedgerRow row, int column, Function<Boolean, String> yesNo) {
        return switch (column) {
            case 0 -> row.source();
            case 1 -> row.finding();
            case 2 -> row.category();
            case 3 -> row.severity();
            case 4 -> row.unit();
            case 5 -> row.measure();
            case 6 -> row.owner();
            case 7 -> row.deadline() == null ? "" : row.deadline().toString();
            case 8 -> row.state();
            default -> row.overdue() ? yesNo.apply(true) : "";
        };
    }

    private String cell(Object element, int column) {
        if (element instanceof Group group) {
            return column == 0 ? group.name() + " (" + group.rows().size() + ")" : "";
        }
        LedgerRow row = rows.get(element);
        return row == null ? "" : text(row, column, yes -> labels.text("yes"));
    }

    private void column(int index, int width) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        TreeColumn tree = column.getColumn();
        tree.setText(InspectionUiMessages.get("ledgerColumn" + index));
        tree.setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return cell(element, index);
            }
        });
        tree.addListener(SWT.Selection, e -> {
            descending = sortColumn == index && !descending;
            sortColumn = index;
            viewer.getTree().setSortColumn(tree);
            viewer.getTree().setSortDirection(descending ? SWT.DOWN : SWT.UP);
            viewer.refresh();
        });
    }

    private void contributeActions() {
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        var advance = action("advance", this::advanceSelected);
        var exportLedger = action("exportLedger", this::exportLedger);
        var tourReport = action("tourReport", this::tourReport);
        var openCase = action("openCase", this::openCaseForSelected);
        var attach = action("attachEvidence", this::attachEvidenceToSelected);
        var verify = action("checkEvidence", this::checkEvidenceOfSelected);
        toolBar.add(advance);
        toolBar.add(openCase);
        toolBar.add(attach);
        toolBar.add(verify);
        toolBar.add(exportLedger);
        toolBar.add(tourReport);
        MenuManager menu = new MenuManager();
        menu.add(advance);
        menu.add(openCase);
        menu.add(exportLedger);
        menu.add(tourReport);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
    }

    /** Whether a row belongs in this view at all (the overdue view narrows it). */
    boolean include(LedgerRow row) {
        return true;
    }

    @Override
    void refresh() {
        rows.clear();
        InspectionRoot root = workflow.root().orElse(null);
        if (root != null) {
            String text = filter.getText().strip();
            int state = stateFilter.getSelectionIndex() - 1;
            for (LedgerRow row : new LedgerExport(labels, categories(), asOf()).rows(root)) {
                boolean stateMatches = state < 0 || row.rectification().getState().getValue() == state;
                if (include(row) && stateMatches && (text.isEmpty() || matches(row, text))) {
                    rows.put(row.rectification(), row);
                }
            }
        }
        viewer.setInput(rows);
        viewer.expandAll();
        long overdue = rows.values().stream().filter(LedgerRow::overdue).count();
        summary.setText(InspectionUiMessages.get("ledgerSummary", rows.size(), overdue));
        summary.getParent().layout();
    }

    private static boolean matches(LedgerRow row, String text) {
        for (int c = 0; c < 10; c++) {
            if (text(row, c, yes -> "").contains(text)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    boolean isDisposed() {
        return viewer == null || viewer.getControl().isDisposed();
    }

    /** The rectifications shown, in display order (groups flattened). */
    public List<Rectification> shown() {
        List<Rectification> shown = new ArrayList<>();
        for (Object element : ((ITreeContentProvider) viewer.getContentProvider()).getElements(rows)) {
            if (element instanceof Group group) {
                shown.addAll(group.rows());
            } else {
                shown.add((Rectification) element);
            }
        }
        return shown;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    public void setFilter(String text, int stateIndex, int groupIndex) {
        filter.setText(text);
        stateFilter.select(stateIndex);
        groupBy.select(groupIndex);
        refresh();
    }

    private void advanceSelected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (!(first instanceof Rectification rectification)) {
            return;
        }
        List<RectificationState> next = RectificationLifecycle.next(rectification.getState());
        ElementListSelectionDialog choose = new ElementListSelectionDialog(getSite().getShell(),
                new org.eclipse.jface.viewers.LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return labels.of((RectificationState) element);
                    }
                });
        choose.setTitle(InspectionUiMessages.get("advance"));
        choose.setMessage(InspectionUiMessages.get("advanceTo", labels.of(rectification.getState())));
        choose.setElements(next.toArray());
        choose.setMultipleSelection(false);
        if (choose.open() != Window.OK || choose.getFirstResult() == null) {
            return;
        }
        RectificationState to = (RectificationState) choose.getFirstResult();
        String reason = ask("advance", "reasonPrompt", "");
        if (reason != null) {
            advance(rectification, to, reason);
        }
    }

    /** Moves {@code rectification} to {@code to} as one command; shows why when the lifecycle refuses. */
    public void advance(Rectification rectification, RectificationState to, String reason) {
        try {
            workflow.advance(rectification, to, reason);
        } catch (IllegalTransitionException e) {
            error(InspectionUiMessages.get("transitionRefused", labels.of(e.from()), labels.of(e.to())));
        }
    }

    private void openCaseForSelected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (first instanceof Rectification rectification) {
            openCase(rectification).ifPresentOrElse(c -> org.eclipse.jface.dialogs.MessageDialog.openInformation(
                    getSite().getShell(), InspectionUiMessages.get("openCase"), InspectionUiMessages.get("caseOpened",
                            c.getTitle(), leaders(c))),
                    () -> error(InspectionUiMessages.get("caseWithoutSubject")));
        }
    }

    /** Opens a case (一案双查) on the finding of {@code rectification}; empty when the finding names nobody. */
    public java.util.Optional<cn.qinglian.inspection.model.InvestigationCase> openCase(Rectification rectification) {
        return workflow.openCase(rectification.getFinding());
    }

    private String leaders(cn.qinglian.inspection.model.InvestigationCase c) {
        java.util.StringJoiner names = new java.util.StringJoiner("\n");
        c.getSecondInvestigations().forEach(i -> names.add(labels.of(i.getResponsibility()) + "："
                + labels.label(i.getLeaderPost()) + " " + (i.getLeader() == null ? "" : i.getLeader().getName())));
        return names.toString();
    }

    private void attachEvidenceToSelected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (!(first instanceof Rectification rectification) || rectification.getFinding() == null) {
            return;
        }
        String file = new FileDialog(getSite().getShell(), SWT.OPEN).open();
        if (file != null) {
            attachEvidence(rectification, Path.of(file)).ifPresent(evidence -> MessageDialog.openInformation(
                    getSite().getShell(), InspectionUiMessages.get("attachEvidence"),
                    InspectionUiMessages.get("evidenceAttached", evidence.getFileName(), evidence.getSha256())));
        }
    }

    /** Copies {@code source} as evidence of the finding of {@code rectification}; empty (and says why) when it cannot. */
    public java.util.Optional<EvidenceFile> attachEvidence(Rectification rectification, Path source) {
        try {
            return java.util.Optional.of(workflow.attachEvidence(rectification.getFinding(), source));
        } catch (IOException | RuntimeException e) {
            error(InspectionUiMessages.get("evidenceFailed", source, e.getMessage()));
            return java.util.Optional.empty();
        }
    }

    private void checkEvidenceOfSelected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (first instanceof Rectification rectification && rectification.getFinding() != null) {
            MessageDialog.openInformation(getSite().getShell(), InspectionUiMessages.get("checkEvidence"),
                    evidenceReport(rectification));
        }
    }

    /** One line per evidence file of the finding of {@code rectification}: name, and intact / missing / changed. */
    public String evidenceReport(Rectification rectification) {
        try {
            java.util.StringJoiner lines = new java.util.StringJoiner("\n");
            workflow.checkEvidence(rectification.getFinding()).forEach((file, state) -> lines.add(
                    InspectionUiMessages.get("evidenceState_" + state.name(), file.getFileName(), file.getStoredPath())));
            return lines.length() == 0 ? InspectionUiMessages.get("noEvidence") : lines.toString();
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private void exportLedger() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.xlsx" });
        dialog.setFileName(labels.text("ledger.sheet") + ".xlsx");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            try {
                new LedgerExport(labels, categories(), asOf()).write(workflow.root().orElseThrow(), Path.of(file));
            } catch (IOException | RuntimeException e) {
                error(InspectionUiMessages.get("exportFailed", file, e.getMessage()));
            }
        }
    }

    private void tourReport() {
        InspectionRoot root = workflow.root().orElse(null);
        if (root == null || root.getTours().isEmpty()) {
            return;
        }
        ElementListSelectionDialog choose = new ElementListSelectionDialog(getSite().getShell(),
                new org.eclipse.jface.viewers.LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return ((InspectionTour) element).getName();
                    }
                });
        choose.setTitle(InspectionUiMessages.get("tourReport"));
        choose.setMessage(InspectionUiMessages.get("chooseTour"));
        choose.setElements(root.getTours().toArray());
        if (choose.open() != Window.OK || choose.getFirstResult() == null) {
            return;
        }
        InspectionTour tour = (InspectionTour) choose.getFirstResult();
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.pdf", "*.html" });
        dialog.setFileName(tour.getName() + ".pdf");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        TourReport report = TourReport.of(root, tour, asOf(), labels, categories());
        try {
            if (file.toLowerCase(Locale.ROOT).endsWith(".html")) {
                TourReportHtml.write(report, labels.text("report.categories"), labels.text("report.findings"),
                        Path.of(file));
            } else {
                TourReportPdf.write(report, labels.text("report.categories"), labels.text("report.findings"),
                        Path.of(file));
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            error(InspectionUiMessages.get("exportFailed", file, e.getMessage()));
        }
    }

    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            int column = GROUP_COLUMNS[Math.max(0, groupBy.getSelectionIndex())];
            if (column < 0) {
                return rows.keySet().toArray();
            }
            Map<String, List<Rectification>> groups = new LinkedHashMap<>();
            rows.forEach((r, row) -> groups.computeIfAbsent(text(row, column, yes -> ""), k -> new ArrayList<>()).add(r));
            return groups.entrySet().stream().map(e -> new Group(e.getKey().isEmpty() ? "-" : e.getKey(), e.getValue()))
                    .toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Group group ? group.rows().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Group;
        }
    }

    private final class Sorter extends ViewerComparator {
        @Override
        public int compare(Viewer v, Object a, Object b) {
            if (sortColumn < 0) {
                return 0;
            }
            Comparator<String> order = Comparator.naturalOrder();
            int result = order.compare(cell(a, sortColumn), cell(b, sortColumn));
            return descending ? -result : result;
        }
    }
}
