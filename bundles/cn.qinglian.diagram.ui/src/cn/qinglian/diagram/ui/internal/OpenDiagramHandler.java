package cn.qinglian.diagram.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** 打开图 / Open diagram: the diagram of the unit, post or person selected in the explorer. */
public final class OpenDiagramHandler extends AbstractHandler {

    /** The overview (概览) sits above the editors and takes most of their height. */
    private static final String[] ROOM_TAKERS = { "cn.qinglian.ui.views.dashboard" };

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
                && selection.size() == 1 && DiagramSubject.canShow(selection.getFirstElement())) {
            DiagramSubject subject = new DiagramSubject((org.eclipse.emf.ecore.EObject) selection.getFirstElement());
            try {
                open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), subject);
            } catch (PartInitException e) {
                throw new ExecutionException(e.getMessage(), e);
            }
        }
        return null;
    }

    /** Opens (or brings to front) the diagram of {@code subject}, making room for it when the editor area is low. */
    public static DiagramEditor open(IWorkbenchPage page, DiagramSubject subject) throws PartInitException {
        DiagramEditor editor = (DiagramEditor) page.openEditor(new DiagramEditorInput(subject), DiagramEditor.ID);
        if (!editor.hasRoom()) {
            makeRoom(page);
        }
        return editor;
    }

    /** Minimises the views that share the editor area's column, so the diagram gets the height it needs. */
    private static void makeRoom(IWorkbenchPage page) {
        for (String id : ROOM_TAKERS) {
            IViewReference view = page.findViewReference(id);
            if (view != null && page.getPartState(view) != IWorkbenchPage.STATE_MINIMIZED) {
                page.setPartState(view, IWorkbenchPage.STATE_MINIMIZED);
            }
        }
    }
}
