package cn.qinglian.ui.internal.explorer;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import cn.qinglian.core.query.PinyinInitials;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.emf.ModelPropertySheetPage;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs;

/**
 * The organisation as a tree (units → posts → current holders, then the roster, reporting lines and
 * charge assignments), with a filter box and the context menu of {@link ExplorerActions}. Virtual and
 * lazy: opening a workspace of 50,000 people creates only the rows on screen. Its selection drives the
 * Properties view.
 */
public class ExplorerView extends ViewPart {

    public static final String ID = "cn.qinglian.ui.views.explorer";

    private static final int FILTER_DELAY_MILLIS = 0;
    private static final int MAX_MATCHES_EXPANDED = 50;

    private WorkspaceSession session;
    private TreeViewer viewer;
    private Text filter;
    private final PinyinInitials pinyin = new PinyinInitials();
    private ExplorerSearchIndex initialsPending;
    private ExplorerTree tree;
    private ExplorerTracker tracker;
    private ExplorerContentProvider content;
    private ExplorerActions actions;
    private final Set<Object> pending = new LinkedHashSet<>();
    private final WorkspaceSession.Listener sessionListener = new WorkspaceSession.Listener() {
        @Override
        public void stateChanged(WorkspaceSession changed) {
            flush();
        }

        @Override
        public void workspaceOpened(WorkspaceSession opened) {
            showOrganisation();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(WorkspaceSession.class);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage(UiMessages.get("explorerFilterHint"));
        GridDataFactory.fillDefaults().grab(true, false).indent(0, 2).applyTo(filter);
        filter.addModifyListener(e -> filterLater());

        viewer = new TreeViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION);
        viewer.setUseHashlookup(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        tracker = new ExplorerTracker(this::modelChanged);
        content = new ExplorerContentProvider(viewer, tracker);
        viewer.setContentProvider(content);
        actions = new ExplorerActions(this);
        viewer.addSelectionChangedListener(event -> actions.update(selection()));
        viewer.addDoubleClickListener(event -> actions.open().run());
        createContextMenu();
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), actions.delete());
        getSite().setSelectionProvider(viewer);
        session.addListener(sessionListener);
        showOrganisation();
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> actions.fill(manager));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
    }

    private void showOrganisation() {
        tracker.untrackAll();
        pending.clear();
        tree = new ExplorerTree(session.organisation(), LocalDate.now());
        tree.setFilter(filter.getText());
        content.setTree(tree);
        viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(
                new ExplorerLabelProvider(session.adapterFactory(), tree)));
        viewer.setInput(tree.root());
        expandTopUnits();
    }

    private void expandTopUnits() {
        for (Object top : tree.children(tree.root())) {
            if (!(top instanceof ExplorerGroup)) {
                viewer.expandToLevel(top, 1);
            }
        }
    }

    private void modelChanged(Notification notification) {
        boolean first = pending.isEmpty();
        pending.addAll(tree.nodesChangedBy(notification));
        if (first) {
            viewer.getControl().getDisplay().asyncExec(this::flush);
        }
    }

    /** Applies the model changes collected since the last time (after each command, or soon after). */
    private void flush() {
        if (viewer.getControl().isDisposed() || pending.isEmpty()) {
            return;
        }
        Set<Object> nodes = Set.copyOf(pending);
        pending.clear();
        nodes.forEach(tree::invalidate);
        if (nodes.contains(tree.root()) || !tree.filter().isEmpty()) {
            viewer.refresh();
            return;
        }
        for (Object node : nodes) {
            viewer.refresh(node);
        }
    }

    private void filterLater() {
        String text = filter.getText();
        filter.getDisplay().timerExec(FILTER_DELAY_MILLIS, () -> {
            if (!filter.isDisposed() && filter.getText().equals(text)) {
                applyFilter(text);
            }
        });
    }

    /** Shows only what matches {@code text} (as typed into the filter box, without waiting). */
    public void applyFilter(String text) {
        if (!filter.getText().equals(text)) {
            filter.setText(text);
        }
        tree.setFilter(text);
        if (!tree.filter().isEmpty()) {
            addInitialsLater(tree.searchIndex());
        }
        viewer.refresh();
        if (!tree.filter().isEmpty() && tree.matches().size() <= MAX_MATCHES_EXPANDED) {
            tree.matches().forEach(match -> viewer.reveal(match));
        }
    }

    /**
     * Computes the pinyin initials of {@code index} in the background (ICU needs a moment the first
     * time), then filters again if the filter text could be initials, so "wjg" finds 王建国.
     */
    private void addInitialsLater(ExplorerSearchIndex index) {
        if (index.hasInitials() || index == initialsPending) {
            return;
        }
        initialsPending = index;
        Job job = Job.create(UiMessages.get("explorerInitialsJob"), monitor -> {
            index.computeInitials(pinyin);
            Display display = filter.isDisposed() ? null : filter.getDisplay();
            if (display != null) {
                display.asyncExec(() -> {
                    if (!filter.isDisposed() && tree.searchIndex() == index
                            && PinyinInitials.looksLikeInitials(tree.filter())) {
                        applyFilter(tree.filter());
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Selects and shows {@code element}, opening its parents. */
    public void reveal(Object element) {
        viewer.setSelection(new StructuredSelection(element), true);
    }

    IStructuredSelection selection() {
        return viewer.getStructuredSelection();
    }

    Shell shell() {
        return getSite().getShell();
    }

    WorkspaceSession session() {
        return session;
    }

    QinglianDialogs dialogs() {
        return getSite().getService(QinglianDialogs.class);
    }

    public TreeViewer viewer() {
        return viewer;
    }

    public ExplorerActions actions() {
        return actions;
    }

    public ExplorerTree tree() {
        return tree;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new ModelPropertySheetPage(session));
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(sessionListener);
        }
        if (tracker != null) {
            tracker.untrackAll();
        }
        super.dispose();
    }
}
