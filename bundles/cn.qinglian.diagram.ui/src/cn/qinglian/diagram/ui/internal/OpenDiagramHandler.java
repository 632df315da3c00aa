package cn.qinglian.diagram.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** 打开图 / Open diagram: the diagram of the unit, post or person selected in the explorer. */
public final class OpenDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
                && selection.size() == 1 && DiagramSubject.canShow(selection.getFirstElement())) {
            DiagramSubject subject = new DiagramSubject((org.eclipse.emf.ecore.EObject) selection.getFirstElement());
            try {
                HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                        .openEditor(new DiagramEditorInput(subject), DiagramEditor.ID);
            } catch (PartInitException e) {
                throw new ExecutionException(e.getMessage(), e);
            }
        }
        return null;
    }
}
