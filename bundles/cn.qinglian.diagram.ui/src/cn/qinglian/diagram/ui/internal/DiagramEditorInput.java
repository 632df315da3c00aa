package cn.qinglian.diagram.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import cn.qinglian.diagram.ui.DiagramUiMessages;

/** The diagram of one subject; two inputs are equal when they show the same model object. */
public final class DiagramEditorInput implements IEditorInput {

    private final DiagramSubject subject;

    public DiagramEditorInput(DiagramSubject subject) {
        this.subject = subject;
    }

    public DiagramSubject subject() {
        return subject;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return subject.name();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return DiagramUiMessages.get("diagramOf", subject.name());
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(subject.object()) ? adapter.cast(subject.object()) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiagramEditorInput input && input.subject.object() == subject.object();
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(subject.object());
    }
}
