package cn.qinglian.ui.emf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The properties of any model object, as its item provider ({@link IItemPropertySource}) describes them.
 * Property ids are feature names. Every change is a {@link SetCommand} on the editing domain's command
 * stack, so it can be undone; setting the value a property already has does nothing.
 */
public class ModelPropertySource implements IPropertySource {

    private final EObject object;
    private final IItemPropertySource itemSource;
    private final EditingDomain domain;
    private final ModelLabelProvider labels;

    /**
     * @param domain where changes go; null makes the properties read-only
     */
    public ModelPropertySource(EObject object, IItemPropertySource itemSource, EditingDomain domain,
            ModelLabelProvider labels) {
        this.object = object;
        this.itemSource = itemSource;
        this.domain = domain;
        this.labels = labels;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        for (IItemPropertyDescriptor item : itemSource.getPropertyDescriptors(object)) {
            if (item.getFeature(object) instanceof EStructuralFeature feature) {
                descriptors.add(domain == null ? new ReadOnlyDescriptor(object, item, feature, labels)
                        : new ModelPropertyDescriptor(object, item, feature, labels));
            }
        }
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        EStructuralFeature feature = feature(id);
        return feature == null ? null : new PropertyValue(object.eGet(feature));
    }

    @Override
    public boolean isPropertySet(Object id) {
        EStructuralFeature feature = feature(id);
        return feature != null && object.eIsSet(feature);
    }

    @Override
    public void resetPropertyValue(Object id) {
        EStructuralFeature feature = feature(id);
        if (feature != null && domain != null && object.eIsSet(feature)) {
            execute(SetCommand.create(domain, object, feature, SetCommand.UNSET_VALUE));
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        EStructuralFeature feature = feature(id);
        if (feature == null || domain == null) {
            return;
        }
        Object plain = PropertyValue.unwrap(value);
        Object current = object.eGet(feature);
        if (feature.isMany() ? Objects.equals(List.copyOf((List<?>) current), plain) : Objects.equals(current, plain)) {
            return;
        }
        execute(SetCommand.create(domain, object, feature, plain));
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    /** The feature of the property {@code id} (a feature name), if the item provider describes it. */
    private EStructuralFeature feature(Object id) {
        for (IItemPropertyDescriptor item : itemSource.getPropertyDescriptors(object)) {
            if (item.getFeature(object) instanceof EStructuralFeature feature && feature.getName().equals(id)) {
                return feature;
            }
        }
        return null;
    }

    /** A property shown without an editor (the object belongs to no editing domain). */
    private static final class ReadOnlyDescriptor extends ModelPropertyDescriptor {
        ReadOnlyDescriptor(EObject object, IItemPropertyDescriptor item, EStructuralFeature feature,
                ModelLabelProvider labels) {
            super(object, item, feature, labels);
        }

        @Override
        public boolean isEditable() {
            return false;
        }
    }
}
