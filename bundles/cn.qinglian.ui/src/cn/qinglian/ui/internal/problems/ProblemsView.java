package cn.qinglian.ui.internal.problems;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.validation.ValidationRuleRegistry;
import cn.qinglian.core.validation.WorkspaceValidator;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.explorer.ExplorerView;
import cn.qinglian.ui.internal.problems.QuickFixes.QuickFix;

/**
 * 问题: the diagnostics of all contributed validation rules, re-computed in the background shortly after
 * each change (on demand only for large workspaces), filtered by severity, with quick fixes.
 */
public class ProblemsView extends ViewPart {

    public static final String ID = "cn.qinglian.ui.views.problems";

    /** Workspaces with more people than this are validated only on demand. */
    public static final int LIVE_LIMIT = 20_000;

    private static final int DELAY_MILLIS = 500;

    private WorkspaceSession session;
    private WorkspaceValidator validator;
    private org.eclipse.swt.widgets.Display display;
    private TableViewer viewer;
    private Label summary;
    private List<Diagnostic> problems = List.of();
    private final java.util.Map<Integer, Image> images = new java.util.HashMap<>();
    private LocalResourceManager resources;
    private final Action errors = toggle("problemsErrors", Diagnostic.ERROR);
    private final Action warnings = toggle("problemsWarnings", Diagnostic.WARNING);
    private final Action infos = toggle("problemsInfos", Diagnostic.INFO);
    private final Action validateNow = new Action(UiMessages.get("problemsValidateNow")) {
        @Override
        public void run() {
            validation.schedule();
        }
    };
    private final Job validation = new Job(UiMessages.get("problemsJob")) {
        @Override
        protected IStatus run(IProgressMonitor monitor) {
            WorkspaceSession current = session;
            Diagnostic result = validator.validate(current.organisation(), LocalDate.now(), Locale.getDefault());
            // The view may have been closed while the rules ran (e.g. when the workbench shuts down).
            if (!monitor.isCanceled() && !display.isDisposed()) {
                display.asyncExec(() -> show(result));
            }
            return Status.OK_STATUS;
        }
    };
    private final WorkspaceSession.Listener sessionListener = new WorkspaceSession.Listener() {
        @Override
        public void stateChanged(WorkspaceSession changed) {
            validateLater();
        }

        @Override
        public void workspaceOpened(WorkspaceSession opened) {
            problems = List.of();
            refresh();
            validateLater();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(WorkspaceSession.class);
        display = parent.getDisplay();
        validator = new WorkspaceValidator(new ValidationRuleRegistry(Platform.getExtensionRegistry()).rules());
        validation.setSystem(true);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(summary);
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("problemsSeverity", 80, this::severityText, this::severityImage);
        column("problemsRule", 150, Diagnostic::getSource, d -> null);
        column("problemsObject", 200, ProblemsView::objectPath, d -> null);
        column("problemsMessage", 520, Diagnostic::getMessage, d -> null);
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return shown(((Diagnostic) element).getSeverity());
            }
        });
        viewer.addDoubleClickListener(event -> selectInExplorer());
        contributeActions();
        session.addListener(sessionListener);
        validateLater();
    }

    private void contributeActions() {
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(validateNow);
        toolBar.add(errors);
        toolBar.add(warnings);
        toolBar.add(infos);
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> {
            MenuManager fixes = new MenuManager(UiMessages.get("problemsQuickFix"));
            quickFixes().forEach(fix -> fixes.add(new Action(fix.label()) {
                @Override
                public void run() {
                    session.execute(fix.command());
                }
            }));
            manager.add(fixes);
        });
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
    }

    private Action toggle(String key, int severity) {
        Action action = new Action(UiMessages.get(key), IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                refresh();
            }
        };
        action.setChecked(true);
        action.setImageDescriptor(SeverityImages.of(severity));
        return action;
    }

    private void column(String key, int width, java.util.function.Function<Diagnostic, String> text,
            java.util.function.Function<Diagnostic, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(UiMessages.get(key));
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Diagnostic) element);
            }

            @Override
            public Image getImage(Object element) {
                return image.apply((Diagnostic) element);
            }
        });
    }

    /** Re-validates after {@value #DELAY_MILLIS} ms (a later change restarts the wait), unless the workspace is large. */
    private void validateLater() {
        boolean live = session.organisation().getPeople().size() <= LIVE_LIMIT;
        validateNow.setToolTipText(UiMessages.get(live ? "problemsLive" : "problemsOnDemand", LIVE_LIMIT));
        if (live) {
            validation.cancel();
            validation.schedule(DELAY_MILLIS);
        } else {
            summary.setText(UiMessages.get("problemsOnDemand", LIVE_LIMIT));
        }
    }

    private void show(Diagnostic result) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        problems = List.copyOf(result.getChildren());
        refresh();
    }

    private void refresh() {
        viewer.setInput(problems);
        long errorCount = count(Diagnostic.ERROR);
        long warningCount = count(Diagnostic.WARNING);
        long infoCount = count(Diagnostic.INFO);
        summary.setText(UiMessages.get("problemsSummary", errorCount, warningCount, infoCount));
    }

    private long count(int severity) {
        return problems.stream().filter(problem -> problem.getSeverity() == severity).count();
    }

    private boolean shown(int severity) {
        return switch (severity) {
            case Diagnostic.ERROR -> errors.isChecked();
            case Diagnostic.WARNING -> warnings.isChecked();
            default -> infos.isChecked();
        };
    }

    private List<QuickFix> quickFixes() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        return selected instanceof Diagnostic diagnostic
                ? QuickFixes.of(diagnostic, session.editingDomain(), LocalDate.now())
                : List.of();
    }

    /** Selects the offending object in the explorer, which shows it in Properties. */
    private void selectInExplorer() {
        if (viewer.getStructuredSelection().getFirstElement() instanceof Diagnostic diagnostic) {
            selectInExplorer(diagnostic);
        }
    }

    /** Selects the object {@code diagnostic} is about in the explorer (what a double-click does). */
    public void selectInExplorer(Diagnostic diagnostic) {
        if (diagnostic.getData().isEmpty()
                || !(diagnostic.getData().get(0) instanceof EObject object)) {
            return;
        }
        try {
            ExplorerView explorer = (ExplorerView) getSite().getPage().showView(ExplorerView.ID);
            explorer.reveal(object);
            getSite().getPage().showView(IPageLayout.ID_PROP_SHEET, null,
                    org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            Platform.getLog(ProblemsView.class).error(e.getMessage(), e);
        }
    }

    private String severityText(Diagnostic diagnostic) {
        return UiMessages.get(switch (diagnostic.getSeverity()) {
            case Diagnostic.ERROR -> "problemsError";
            case Diagnostic.WARNING -> "problemsWarning";
            default -> "problemsInfo";
        });
    }

    private Image severityImage(Diagnostic diagnostic) {
        return images.computeIfAbsent(diagnostic.getSeverity(), severity -> images().create(SeverityImages.of(severity)));
    }

    private LocalResourceManager images() {
        if (resources == null) {
            resources = new LocalResourceManager(JFaceResources.getResources(), viewer.getControl());
        }
        return resources;
    }

    private static String objectPath(Diagnostic diagnostic) {
        return diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject object)
                ? "" : ObjectPaths.path(object);
    }

    /** The rows shown (after the severity filter), for tests. */
    public List<Diagnostic> shownProblems() {
        return java.util.Arrays.stream(viewer.getTable().getItems()).map(item -> (Diagnostic) item.getData()).toList();
    }

    /** The severity toggles of the toolbar: errors, warnings, infos. */
    public List<Action> severityToggles() {
        return List.of(errors, warnings, infos);
    }

    public String summary() {
        return summary.getText();
    }

    /** The quick fixes offered for {@code diagnostic}. */
    public List<QuickFix> quickFixes(Diagnostic diagnostic) {
        viewer.setSelection(new StructuredSelection(diagnostic));
        return quickFixes();
    }

    /** Validates now and waits for the result (for tests and the toolbar). */
    public void validateAndWait() throws InterruptedException {
        validation.cancel();
        validation.schedule();
        validation.join();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        validation.cancel();
        if (session != null) {
            session.removeListener(sessionListener);
        }
        super.dispose();
    }
}
