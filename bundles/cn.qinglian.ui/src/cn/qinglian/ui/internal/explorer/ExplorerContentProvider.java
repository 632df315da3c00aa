package cn.qinglian.ui.internal.explorer;

import java.util.List;

import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;

/**
 * Feeds the virtual tree from the {@link ExplorerTree}: only the rows SWT asks for are created, so a
 * roster of 50,000 people costs nothing until its folder is opened and scrolled. Every object shown is
 * handed to the tracker, which reports its changes.
 */
final class ExplorerContentProvider implements ILazyTreeContentProvider {

    private final TreeViewer viewer;
    private final ExplorerTracker tracker;
    private ExplorerTree tree;

    ExplorerContentProvider(TreeViewer viewer, ExplorerTracker tracker) {
        this.viewer = viewer;
        this.tracker = tracker;
    }

    void setTree(ExplorerTree tree) {
        this.tree = tree;
    }

    @Override
    public void updateElement(Object parent, int index) {
        List<Object> children = tree.children(parent);
        if (index >= children.size()) {
            return;
        }
        Object child = children.get(index);
        tracker.track(child);
        viewer.replace(parent, index, child);
        updateChildCount(child, -1);
    }

    @Override
    public void updateChildCount(Object element, int currentChildCount) {
        tracker.track(element);
        int count = tree.childCount(element);
        if (count != currentChildCount) {
            viewer.setChildCount(element, count);
        }
    }

    @Override
    public Object getParent(Object element) {
        return tree == null ? null : tree.parent(element);
    }
}
