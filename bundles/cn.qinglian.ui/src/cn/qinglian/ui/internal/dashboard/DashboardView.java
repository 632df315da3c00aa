package cn.qinglian.ui.internal.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import cn.qinglian.core.dashboard.DashboardFigures;
import cn.qinglian.core.dashboard.ContributedFigure;
import cn.qinglian.core.dashboard.Figure;
import cn.qinglian.core.dashboard.FigureKind;
import cn.qinglian.core.dashboard.FigureSourceRegistry;
import cn.qinglian.core.preferences.QinglianPreferences;
import cn.qinglian.core.query.ReportPeriod;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.emf.ModelLabelProvider;
import cn.qinglian.ui.emf.QualifiedLabels;
import cn.qinglian.ui.internal.explorer.ExplorerView;

/**
 * 概览: the figures of the open organisation on a date as cards, staff per street and department as a
 * bar chart and, beside it, the objects behind the card clicked last in a table (double-click shows one in the
 * explorer). Refreshes shortly after the model changes.
 */
public class DashboardView extends ViewPart {

    public static final String ID = "cn.qinglian.ui.views.dashboard";

    private static final int REFRESH_DELAY_MILLIS = 300;

    /** The least height of the chart and the object list; below it the overview scrolls. */
    private static final int MIN_CHART_HEIGHT = 220;

    private WorkspaceSession session;
    private ScrolledComposite scroller;
    private Composite content;
    private LocalResourceManager resources;
    private Text date;
    private Label period;
    private final List<FigureCard> cards = new ArrayList<>();
    private final List<FigureCard> moduleCards = new ArrayList<>();
    private final FigureSourceRegistry figureSources = new FigureSourceRegistry(Platform.getExtensionRegistry());
    private Composite moduleGrid;
    private Map<String, ContributedFigure> moduleFigures = Map.of();
    private StaffChart chart;
    private TableViewer objects;
    private DashboardFigures figures;
    /** The card whose objects are listed: a built-in kind's name or a module figure's id. */
    private String shown;
    private boolean refreshPending;
    private final Runnable refresh = () -> {
        refreshPending = false;
        refresh();
    };
    private final WorkspaceSession.Listener sessionListener = new WorkspaceSession.Listener() {
        @Override
        public void stateChanged(WorkspaceSession changed) {
            refreshLater();
        }

        @Override
        public void workspaceOpened(WorkspaceSession opened) {
            refreshLater();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(WorkspaceSession.class);
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        // with the modules' cards the view can be taller than its part: then it scrolls, and the chart
        // and the object list keep a usable height
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        content = new Composite(scroller, SWT.NONE);
        scroller.setContent(content);
        scroller.addListener(SWT.Resize, event -> updateMinHeight());
        parent = content;
        GridLayoutFactory.swtDefaults().applyTo(parent);
        createDateRow(parent);
        Composite grid = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).equalWidth(true).applyTo(grid);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(grid);
        for (FigureKind kind : FigureKind.values()) {
            cards.add(new FigureCard(grid, kind, resources, () -> showObjects(kind)));
        }
        moduleGrid = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).equalWidth(true).applyTo(moduleGrid);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(moduleGrid);
        SashForm below = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, MIN_CHART_HEIGHT).applyTo(below);
        chart = new StaffChart(below);
        objects = new TableViewer(below, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        objects.setContentProvider(ArrayContentProvider.getInstance());
        objects.setLabelProvider(new QualifiedLabels(new ModelLabelProvider(session.adapterFactory())));
        objects.addDoubleClickListener(event -> reveal(objects.getStructuredSelection().getFirstElement()));
        below.setWeights(1, 1);
        session.addListener(sessionListener);
        refresh();
    }

    private void createDateRow(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
        new Label(row, SWT.NONE).setText(UiMessages.get("dashboardDate"));
        date = new Text(row, SWT.BORDER);
        date.setText(LocalDate.now().toString());
        GridDataFactory.swtDefaults().hint(100, SWT.DEFAULT).applyTo(date);
        date.addModifyListener(event -> {
            if (asOf() != null) {
                refreshLater();
            }
        });
        period = new Label(row, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(period);
    }

    /** The date in the date field, or {@code null} while it is not a valid ISO date. */
    private LocalDate asOf() {
        try {
            return LocalDate.parse(date.getText().trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void refreshLater() {
        if (!refreshPending && !date.isDisposed()) {
            refreshPending = true;
            date.getDisplay().timerExec(REFRESH_DELAY_MILLIS, refresh);
        }
    }

    /** Recomputes the figures now. */
    public void refresh() {
        if (date.isDisposed()) {
            return;
        }
        LocalDate asOf = asOf();
        if (asOf == null || session.organisation() == null) {
            return;
        }
        QinglianPreferences preferences = QinglianPreferences.instance();
        ReportPeriod current = DashboardFigures.periodContaining(preferences.reportingPeriod(), asOf);
        figures = DashboardFigures.compute(session.organisation(), asOf, preferences.rotationThresholdYears(),
                current.first(), current.last());
        period.setText(UiMessages.get("dashboardPeriod", current.first().toString(), current.last().toString()));
        for (FigureCard card : cards) {
            card.show(String.valueOf(figures.get(card.kind()).value()),
                    UiMessages.get("dashboardFigure_" + card.kind().name(), preferences.rotationThresholdYears()));
        }
        showModuleFigures(figureSources.figures(session.organisation(), asOf, Locale.getDefault()));
        chart.show(UiMessages.get("dashboardChartTitle"), chartBars());
        if (shown != null) {
            showObjects(shown);
        }
        content.layout(true, true);
        updateMinHeight();
    }

    private void updateMinHeight() {
        int width = scroller.getClientArea().width;
        scroller.setMinHeight(content.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT).y);
    }

    private Map<String, Integer> chartBars() {
        Map<String, Integer> bars = new LinkedHashMap<>();
        for (Map.Entry<Unit, Integer> entry : figures
                .staffPerUnit(EnumSet.of(UnitKind.STREET, UnitKind.DEPARTMENT)).entrySet()) {
            bars.merge(entry.getKey().getName(), entry.getValue(), Integer::sum);
        }
        return bars;
    }

    /** Shows the modules' figures as cards after the built-in ones; the cards are rebuilt when their ids change. */
    private void showModuleFigures(List<ContributedFigure> contributed) {
        Map<String, ContributedFigure> byId = new LinkedHashMap<>();
        contributed.forEach(figure -> byId.putIfAbsent(figure.id(), figure));
        if (!List.copyOf(byId.keySet()).equals(moduleCards.stream().map(FigureCard::id).toList())) {
            moduleCards.forEach(FigureCard::dispose);
            moduleCards.clear();
            for (String id : byId.keySet()) {
                moduleCards.add(new FigureCard(moduleGrid, id, resources, () -> showObjects(id)));
            }
        }
        moduleFigures = byId;
        for (FigureCard card : moduleCards) {
            ContributedFigure figure = byId.get(card.id());
            card.show(String.valueOf(figure.value()), figure.label());
        }
        GridDataFactory.fillDefaults().grab(true, false).exclude(moduleCards.isEmpty()).applyTo(moduleGrid);
        moduleGrid.setVisible(!moduleCards.isEmpty());
    }

    /** Lists the objects behind the figure of {@code kind} in the table below the cards. */
    public void showObjects(FigureKind kind) {
        showObjects(kind.name());
    }

    /** Lists the objects behind the figure with {@code id} (a built-in kind's name or a module figure's id). */
    public void showObjects(String id) {
        shown = id;
        cards.forEach(card -> card.setSelected(card.id().equals(id)));
        moduleCards.forEach(card -> card.setSelected(card.id().equals(id)));
        ContributedFigure contributed = moduleFigures.get(id);
        if (contributed != null) {
            objects.setInput(contributed.objects());
            return;
        }
        for (FigureKind kind : FigureKind.values()) {
            if (kind.name().equals(id)) {
                Figure figure = figures.get(kind);
                objects.setInput(figure.objects());
                return;
            }
        }
        objects.setInput(List.of());
    }

    private void reveal(Object element) {
        if (element == null) {
            return;
        }
        try {
            ExplorerView explorer = (ExplorerView) getSite().getPage().showView(ExplorerView.ID);
            explorer.reveal(element);
        } catch (PartInitException e) {
            getSite().getPage().getWorkbenchWindow().getShell().getDisplay().beep();
        }
    }

    public DashboardFigures figures() {
        return figures;
    }

    /** The built-in figures' cards, then the modules'. */
    public List<FigureCard> cards() {
        List<FigureCard> all = new ArrayList<>(cards);
        all.addAll(moduleCards);
        return all;
    }

    public TableViewer objects() {
        return objects;
    }

    public StaffChart chart() {
        return chart;
    }

    public Text date() {
        return date;
    }

    @Override
    public void setFocus() {
        date.setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(sessionListener);
        }
        if (date != null && !date.isDisposed()) {
            date.getDisplay().timerExec(-1, refresh);
        }
        super.dispose();
    }
}
