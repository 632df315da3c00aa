package cn.qinglian.ui.internal.editors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import cn.qinglian.model.Named;
import cn.qinglian.model.provider.QinglianLabels;
import cn.qinglian.ui.internal.explorer.ModelIcons;

/** A model object opened in an editor; two inputs are equal when they hold the same object. */
public final class ModelEditorInput implements IEditorInput {

    private final EObject object;

    public ModelEditorInput(EObject object) {
        this.object = object;
    }

    public EObject object() {
        return object;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ModelIcons.of(object);
    }

    @Override
    public String getName() {
        return object instanceof Named named ? QinglianLabels.name(named) : object.eClass().getName();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return getName();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(object) ? adapter.cast(object) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelEditorInput input && input.object == object;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(object);
    }
}
