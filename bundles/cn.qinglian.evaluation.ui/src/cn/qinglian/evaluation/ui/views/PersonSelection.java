package cn.qinglian.evaluation.ui.views;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;

import cn.qinglian.evaluation.rotation.RotationAlert;

/** The selection of the rotation alerts as their open plans, or the people when no plan exists. */
final class PersonSelection implements ISelectionProvider {

    private final StructuredViewer viewer;
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

    PersonSelection(StructuredViewer viewer) {
        this.viewer = viewer;
        viewer.addSelectionChangedListener(event -> {
            SelectionChangedEvent mapped = new SelectionChangedEvent(this, getSelection());
            for (ISelectionChangedListener listener : listeners) {
                listener.selectionChanged(mapped);
            }
        });
    }

    @Override
    public ISelection getSelection() {
        return new StructuredSelection(viewer.getStructuredSelection().toList().stream()
                .map(row -> row instanceof RotationAlert a ? (a.plan() != null ? a.plan() : a.person()) : row).toList());
    }

    @Override
    public void setSelection(ISelection selection) {
        viewer.setSelection(selection);
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }
}
