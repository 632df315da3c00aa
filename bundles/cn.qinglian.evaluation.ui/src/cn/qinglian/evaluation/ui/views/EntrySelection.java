package cn.qinglian.evaluation.ui.views;

import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;

/**
 * The selection of a table whose rows wrap model objects, as those objects (so the property sheet
 * shows an assessment entry when its row is selected).
 */
final class EntrySelection implements ISelectionProvider {

    private final StructuredViewer viewer;
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

    EntrySelection(StructuredViewer viewer) {
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
        List<?> rows = viewer.getStructuredSelection().toList();
        return new StructuredSelection(rows.stream()
                .map(row -> row instanceof AssessmentView.Row r ? r.place().score().entry() : row).toList());
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
