package cn.qinglian.diagram.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.DiagramStyle;
import cn.qinglian.diagram.Diagrams;
import cn.qinglian.diagram.ContributedNodeDecorators;
import cn.qinglian.diagram.NodeDecorators;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.LayoutOptions;
import cn.qinglian.diagram.render.DiagramFormat;
import cn.qinglian.diagram.scope.ScopeException;
import cn.qinglian.diagram.ui.DiagramUiMessages;
import cn.qinglian.diagram.ui.internal.parts.DiagramLook;
import cn.qinglian.diagram.ui.internal.parts.DiagramPart;
import cn.qinglian.diagram.ui.internal.parts.DiagramPartFactory;
import cn.qinglian.diagram.ui.internal.parts.EdgePart;
import cn.qinglian.diagram.ui.internal.parts.LineDrawing;
import cn.qinglian.diagram.ui.internal.parts.NodePart;
import cn.qinglian.model.Party;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.emf.ModelPropertySheetPage;
import cn.qinglian.ui.internal.explorer.ExplorerView;

/**
 * The reporting-chain diagram of a unit, post or person: zoom, pan, fit, overview, layers per kind of
 * line, highlight of the selected box's chain upward and reports downward, collapse/expand, find,
 * re-layout, new lines by dragging from post to post (an undoable EMF command), export and print. Its
 * selection is the model objects of the selected boxes and lines (for Properties), kept in step with
 * the explorer; it is laid out again after every change of the model.
 */
public final class DiagramEditor extends EditorPart {

    public static final String ID = "cn.qinglian.diagram.ui.editor";

    private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();
    private final ISelectionProvider modelSelection = new ModelSelection();
    private final ISelectionListener explorerListener = this::explorerSelectionChanged;
    private final WorkspaceSession.Listener sessionListener = new WorkspaceSession.Listener() {
        @Override
        public void stateChanged(WorkspaceSession changed) {
            if (stackMarkChanged()) {
                rebuildLater();
            }
        }

        @Override
        public void workspaceOpened(WorkspaceSession opened) {
            rebuildLater();
        }
    };
    private final NodeDecorators decorators = ContributedNodeDecorators.installed();
    private WorkspaceSession session;
    private DiagramSubject subject;
    private DiagramLook look;
    private DiagramViewer viewer;
    private DiagramSidebar sidebar;
    private DiagramState state;
    private ModelIndex models;
    private long layoutMillis;
    private Command markUndo;
    private Command markRedo;
    private boolean rebuildPending;
    private boolean syncing;
    private String lastFind = "";
    private int findPosition;

    private final IAction zoomIn = action("zoomIn", () -> viewer.zoom().zoomIn());
    private final IAction zoomOut = action("zoomOut", () -> viewer.zoom().zoomOut());
    private final IAction zoomFit = action("zoomFit", () -> viewer.fit());
    private final IAction zoomActual = action("zoomActual", () -> viewer.zoom().setZoom(1));
    private final IAction relayout = action("relayout", this::rebuild);
    private final IAction collapse = action("collapse", () -> setCollapsed(true));
    private final IAction expand = action("expand", () -> setCollapsed(false));
    private final IAction expandAll = action("expandAll", this::expandAll);
    private final IAction clearHighlight = action("clearHighlight", () -> viewer.select(List.of()));
    private final IAction export = action("export", this::exportWithDialog);
    private final IAction print = action("print", this::printWithDialog);

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DiagramEditorInput diagramInput)) {
            throw new PartInitException("not a diagram: " + input);
        }
        setSite(site);
        setInput(input);
        subject = diagramInput.subject();
        session = site.getService(WorkspaceSession.class);
        setPartName(subject.name());
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        ToolBarManager toolbar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        for (IAction action : List.of(zoomIn, zoomOut, zoomFit, zoomActual, relayout, expandAll, clearHighlight,
                export, print)) {
            toolbar.add(action);
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(toolbar.createControl(parent));
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        look = new DiagramLook(parent.getDisplay(), DiagramStyle.standard().fontSize());
        viewer = new DiagramViewer(sash, new DiagramPartFactory(look, new Drawing()));
        sidebar = new DiagramSidebar(sash, viewer, look, this::extent, this::setShown, this::find);
        sash.setWeights(78, 22);
        parent.addDisposeListener(e -> look.dispose());
        createContextMenu();
        viewer.gef().addSelectionChangedListener(this::diagramSelectionChanged);
        getSite().setSelectionProvider(modelSelection);
        getSite().getPage().addPostSelectionListener(ExplorerView.ID, explorerListener);
        session.addListener(sessionListener);
        rebuild();
        fitOnceSized();
    }

    /** Fits the diagram into the window as soon as the viewer has a real size (after the editor area settles). */
    private void fitOnceSized() {
        org.eclipse.swt.widgets.Listener fit = new org.eclipse.swt.widgets.Listener() {
            @Override
            public void handleEvent(org.eclipse.swt.widgets.Event event) {
                org.eclipse.swt.graphics.Point size = viewer.control().getSize();
                if (size.x > 100 && size.y > 100) {
                    viewer.control().removeListener(SWT.Resize, this);
                    viewer.control().getDisplay().asyncExec(() -> {
                        if (!viewer.control().isDisposed()) {
                            viewer.fit();
                        }
                    });
                }
            }
        };
        viewer.control().addListener(SWT.Resize, fit);
        fit.handleEvent(null);
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.control().setMenu(menu.createContextMenu(viewer.control()));
    }

    private void fillContextMenu(IMenuManager menu) {
        NodePart node = selectedNode();
        collapse.setEnabled(node != null && !state.isCollapsed(node.item().index()));
        expand.setEnabled(node != null && state.isCollapsed(node.item().index()));
        menu.add(collapse);
        menu.add(expand);
        menu.add(expandAll);
        menu.add(clearHighlight);
        menu.add(new Separator());
        menu.add(zoomFit);
        menu.add(relayout);
        menu.add(new Separator());
        menu.add(export);
        menu.add(print);
    }

    // ---- layout and live updates

    /** Builds the graph of the subject from the model as it is now, lays it out and shows it. */
    public void rebuild() {
        rebuildPending = false;
        markUndo = session.commandStack().getUndoCommand();
        markRedo = session.commandStack().getRedoCommand();
        if (!subject.isIn(session.organisation())) {
            status(DiagramUiMessages.get("subjectGone"), true);
            getSite().getPage().closeEditor(this, false);
            return;
        }
        DiagramGraph graph;
        try {
            graph = decorators.decorate(subject.graph(session.organisation(), true), session.organisation(),
                    Locale.getDefault());
        } catch (ScopeException e) {
            status(DiagramUiMessages.get("layoutFailed", e.getMessage()), true);
            return;
        }
        BusyIndicator.showWhile(viewer.control().getDisplay(), () -> show(graph));
    }

    private void show(DiagramGraph graph) {
        long start = System.nanoTime();
        Diagram diagram = Diagrams.layout(graph, LayoutOptions.standard().withLegend(false).withMeasure(look));
        layoutMillis = (System.nanoTime() - start) / 1_000_000;
        Set<Object> selectedIds = selectedIds();
        DiagramState next = new DiagramState(diagram);
        if (state != null) {
            next.carryOver(state);
        }
        state = next;
        models = new ModelIndex(session.organisation());
        org.eclipse.draw2d.geometry.Point scrolled = viewer.canvas().getViewport().getViewLocation();
        syncing = true;
        try {
            viewer.show(state);
            diagramPart().refreshVisibility();
            viewer.gef().setSelection(new StructuredSelection(partsWithIds(selectedIds)));
        } finally {
            syncing = false;
        }
        viewer.canvas().scrollTo(scrolled.x, scrolled.y);
        sidebar.show(state);
        sidebar.overview().changed();
        status(DiagramUiMessages.get("diagramStatus", diagram.nodes().size(), diagram.edges().size(), layoutMillis),
                false);
    }

    private boolean stackMarkChanged() {
        return session.commandStack().getUndoCommand() != markUndo
                || session.commandStack().getRedoCommand() != markRedo;
    }

    private void rebuildLater() {
        if (rebuildPending) {
            return;
        }
        rebuildPending = true;
        viewer.control().getDisplay().asyncExec(() -> {
            if (!viewer.control().isDisposed() && rebuildPending) {
                rebuild();
            }
        });
    }

    // ---- highlight, layers, collapse, find

    /** Highlights the chain of {@code node} upward and its reports downward; returns the nanoseconds it took. */
    public long highlight(NodeItem node) {
        long start = System.nanoTime();
        state.highlight(node == null ? -1 : node.index());
        diagramPart().repaintAll();
        long took = System.nanoTime() - start;
        sidebar.overview().changed();
        return took;
    }

    /** Shows or hides the lines of {@code kind} (a layer). */
    public void setShown(EdgeKind kind, boolean show) {
        state.setShown(kind, show);
        diagramPart().refreshVisibility();
        diagramPart().repaintAll();
        sidebar.overview().changed();
        sidebar.show(state);
    }

    private void setCollapsed(boolean collapsed) {
        NodePart node = selectedNode();
        if (node != null) {
            setCollapsed(node.item(), collapsed);
        }
    }

    /** Collapses (hides everything reporting to {@code node}) or expands it. */
    public void setCollapsed(NodeItem node, boolean collapsed) {
        state.setCollapsed(node.index(), collapsed);
        diagramPart().refreshVisibility();
        diagramPart().repaintAll();
        sidebar.overview().changed();
    }

    private void expandAll() {
        state.expandAll();
        diagramPart().refreshVisibility();
        diagramPart().repaintAll();
        sidebar.overview().changed();
    }

    /** Selects the next box whose label contains {@code text} (Enter again: the one after). */
    public void find(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        List<NodeItem> matches = new ArrayList<>();
        for (NodeItem node : state.nodes()) {
            if (!wanted.isEmpty() && state.isVisible(node)
                    && node.placed().node().text().toLowerCase(Locale.ROOT).contains(wanted)) {
                matches.add(node);
            }
        }
        if (matches.isEmpty()) {
            sidebar.setFindResult(wanted.isEmpty() ? "" : DiagramUiMessages.get("findNone", text.strip()));
            return;
        }
        findPosition = wanted.equals(lastFind) ? (findPosition + 1) % matches.size() : 0;
        lastFind = wanted;
        viewer.select(List.of(viewer.part(matches.get(findPosition))));
        sidebar.setFindResult(DiagramUiMessages.get("findCount", findPosition + 1, matches.size()));
    }

    // ---- selection

    private void diagramSelectionChanged(SelectionChangedEvent event) {
        List<?> parts = ((IStructuredSelection) event.getSelection()).toList();
        if (parts.size() == 1 && parts.get(0) instanceof NodePart node) {
            highlight(node.item());
        } else if (parts.isEmpty() || !(parts.get(0) instanceof EdgePart)) {
            highlight(null);
        }
        IStructuredSelection models = modelObjects(parts);
        SelectionChangedEvent forModels = new SelectionChangedEvent(modelSelection, models);
        for (ISelectionChangedListener listener : selectionListeners) {
            listener.selectionChanged(forModels);
        }
        if (!syncing && getSite().getPage().getActivePart() == this && !models.isEmpty()) {
            revealInExplorer(models.getFirstElement());
        }
    }

    private void revealInExplorer(Object object) {
        if (getSite().getPage().findView(ExplorerView.ID) instanceof ExplorerView explorer
                && (object instanceof Unit || object instanceof Post
                        || object instanceof cn.qinglian.model.ReportingLine)) {
            syncing = true;
            try {
                explorer.reveal(object);
            } finally {
                syncing = false;
            }
        }
    }

    private void explorerSelectionChanged(IWorkbenchPart part, ISelection selection) {
        if (syncing || viewer.control().isDisposed() || !(selection instanceof IStructuredSelection structured)) {
            return;
        }
        List<EditPart> parts = partsOf(structured.toList());
        if (parts.isEmpty() || Set.copyOf(parts).equals(Set.copyOf(viewer.gef().getSelectedEditParts()))) {
            return;
        }
        syncing = true;
        try {
            viewer.select(parts);
        } finally {
            syncing = false;
        }
    }

    /** The parts showing {@code objects}: boxes of units and posts (a person: the posts held), lines. */
    public List<EditPart> partsOf(List<?> objects) {
        Set<Object> ids = new LinkedHashSet<>();
        for (Object object : objects) {
            if (object instanceof Party party) {
                ids.add(party.getId());
            } else if (object instanceof Person person) {
                for (Tenure tenure : person.getTenures()) {
                    if (tenure.getPost() != null && tenure.getEnd() == null) {
                        ids.add(tenure.getPost().getId());
                    }
                }
            } else if (object instanceof cn.qinglian.model.Identified identified) {
                ids.add(identified.getId());
            }
        }
        return partsWithIds(ids);
    }

    private List<EditPart> partsWithIds(Set<Object> ids) {
        List<EditPart> parts = new ArrayList<>();
        if (ids.isEmpty()) {
            return parts;
        }
        for (NodeItem node : state.nodes()) {
            if (ids.contains(node.id()) && state.isVisible(node) && viewer.part(node) != null) {
                parts.add(viewer.part(node));
            }
        }
        for (EdgeItem edge : state.edges()) {
            if (ids.contains(edge.id()) && state.isVisible(edge) && viewer.part(edge) != null) {
                parts.add(viewer.part(edge));
            }
        }
        return parts;
    }

    private Set<Object> selectedIds() {
        Set<Object> ids = new LinkedHashSet<>();
        if (viewer.diagramPart() == null) {
            return ids;
        }
        for (Object part : viewer.gef().getSelectedEditParts()) {
            if (part instanceof NodePart node) {
                ids.add(node.item().id());
            } else if (part instanceof EdgePart edge) {
                ids.add(edge.item().id());
            }
        }
        return ids;
    }

    private IStructuredSelection modelObjects(List<?> parts) {
        Set<EObject> objects = new LinkedHashSet<>();
        for (Object part : parts) {
            String id = part instanceof NodePart node ? node.item().id()
                    : part instanceof EdgePart edge ? edge.item().id() : null;
            EObject object = id == null || models == null ? null : models.get(id);
            if (object != null) {
                objects.add(object);
            }
        }
        return new StructuredSelection(new ArrayList<>(objects));
    }

    private NodePart selectedNode() {
        List<?> selected = viewer.gef().getSelectedEditParts();
        return selected.size() == 1 && selected.get(0) instanceof NodePart node ? node : null;
    }

    // ---- export and print

    private void exportWithDialog() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText(DiagramUiMessages.get("exportTitle"));
        dialog.setFilterExtensions(new String[] { "*.svg", "*.png", "*.pdf" });
        dialog.setFilterNames(new String[] { "SVG (*.svg)", "PNG (*.png)", "PDF (*.pdf)" });
        dialog.setFileName(subject.name() + ".svg");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        if (DiagramExport.formatOf(file).isEmpty()) {
            String[] extensions = { "svg", "png", "pdf" };
            file = Path.of(chosen + "." + extensions[Math.max(0, dialog.getFilterIndex())]);
        }
        try {
            export(file);
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), DiagramUiMessages.get("exportTitle"),
                    DiagramUiMessages.get("exportFailed", file, e.getMessage()));
        }
    }

    /** Writes what the diagram shows to {@code file}, in the format of its extension (svg, png, pdf). */
    public void export(Path file) throws Exception {
        DiagramFormat format = DiagramExport.formatOf(file)
                .orElseThrow(() -> new IllegalArgumentException("svg, png or pdf: " + file.getFileName()));
        BusyIndicator.showWhile(viewer.control().getDisplay(), () -> {
            try {
                DiagramExport.write(state, format, file);
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    private void printWithDialog() {
        PrinterData data = new PrintDialog(getSite().getShell(), SWT.NONE).open();
        if (data == null) {
            return;
        }
        Printer printer = new Printer(data);
        try {
            DiagramPrinting.print(printer, viewer.printable(), extent(), getPartName());
        } catch (RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), DiagramUiMessages.get("print"),
                    DiagramUiMessages.get("printFailed", e.getMessage()));
        } finally {
            printer.dispose();
        }
    }

    /** The area of the diagram that is printed: the whole drawing as laid out. */
    public Rectangle extent() {
        Diagram diagram = state.diagram();
        return new Rectangle(0, 0, (int) Math.ceil(diagram.width()) + 20, (int) Math.ceil(diagram.height()) + 20);
    }

    /** Whether the diagram has at least 40 % of the window's height. */
    public boolean hasRoom() {
        Composite area = viewer.control().getParent().getParent();
        return area.getSize().y >= 0.4 * area.getShell().getSize().y;
    }

    // ---- accessors (tests and benchmarks)

    public DiagramViewer viewer() {
        return viewer;
    }

    public DiagramState state() {
        return state;
    }

    public DiagramPart diagramPart() {
        return viewer.diagramPart();
    }

    public long layoutMillis() {
        return layoutMillis;
    }

    public DiagramSubject subject() {
        return subject;
    }

    DiagramSidebar sidebar() {
        return sidebar;
    }

    /** Sets the kind of the lines drawn by dragging. */
    public void setNewLineKind(cn.qinglian.model.ReportingKind kind) {
        sidebar.setNewLineKind(kind);
    }

    /** The find result line under the find box. */
    public String findResult() {
        return sidebar.findResult();
    }

    /** The check box of the layer of {@code kind} in the side panel. */
    public org.eclipse.swt.widgets.Button layerCheckBox(EdgeKind kind) {
        return sidebar.layer(kind);
    }

    private void status(String message, boolean error) {
        var line = getEditorSite().getActionBars().getStatusLineManager();
        if (error) {
            line.setErrorMessage(message);
        } else {
            line.setErrorMessage(null);
            line.setMessage(message);
        }
    }

    // ---- part basics

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new ModelPropertySheetPage(session));
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        viewer.control().setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        session.removeListener(sessionListener);
        getSite().getPage().removePostSelectionListener(ExplorerView.ID, explorerListener);
        super.dispose();
    }

    private static IAction action(String key, Runnable run) {
        return new Action(DiagramUiMessages.get(key)) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** New lines: dragged from a post to another post; checked while dragging; executed on the session. */
    private final class Drawing implements LineDrawing {

        @Override
        public org.eclipse.gef.commands.Command start(NodeItem from) {
            return models.get(from.id()) instanceof Post post
                    ? new NewLineCommand(session, post, sidebar::newLineKind, done -> status(
                            DiagramUiMessages.get("lineCreated", done.from().getName(), done.target().getName()), false))
                    : null;
        }

        @Override
        public org.eclipse.gef.commands.Command complete(org.eclipse.gef.commands.Command start, NodeItem to) {
            NewLineCommand command = (NewLineCommand) start;
            command.setTo(models.get(to.id()) instanceof Party party ? party : null);
            command.problem().ifPresentOrElse(problem -> status(problem, true), () -> status("", false));
            return command;
        }
    }

    /** The editor's selection for the workbench: the model objects of the selected boxes and lines. */
    private final class ModelSelection implements ISelectionProvider {

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            selectionListeners.add(listener);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            selectionListeners.remove(listener);
        }

        @Override
        public ISelection getSelection() {
            return viewer == null ? StructuredSelection.EMPTY : modelObjects(viewer.gef().getSelectedEditParts());
        }

        @Override
        public void setSelection(ISelection selection) {
            if (selection instanceof IStructuredSelection structured) {
                viewer.select(partsOf(structured.toList()));
            }
        }
    }
}
