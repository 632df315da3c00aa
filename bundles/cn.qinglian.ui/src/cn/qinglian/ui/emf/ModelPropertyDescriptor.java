package cn.qinglian.ui.emf;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

import cn.qinglian.ui.UiMessages;

/**
 * One property of a model object for the property sheet, driven by the item provider's
 * {@link IItemPropertyDescriptor}: its name, description, value label and a cell editor that fits
 * the feature (text, number, date, enum, yes/no, reference picker, list of values). Identifiers and
 * features the item provider marks read-only get no editor.
 */
public class ModelPropertyDescriptor implements IPropertyDescriptor {

    private final EObject object;
    private final IItemPropertyDescriptor itemDescriptor;
    private final EStructuralFeature feature;
    private final ModelLabelProvider labels;

    public ModelPropertyDescriptor(EObject object, IItemPropertyDescriptor itemDescriptor,
            EStructuralFeature feature, ModelLabelProvider labels) {
        this.object = object;
        this.itemDescriptor = itemDescriptor;
        this.feature = feature;
        this.labels = labels;
    }

    @Override
    public Object getId() {
        return feature.getName();
    }

    @Override
    public String getDisplayName() {
        return itemDescriptor.getDisplayName(object);
    }

    @Override
    public String getDescription() {
        return itemDescriptor.getDescription(object);
    }

    @Override
    public String getCategory() {
        return itemDescriptor.getCategory(object);
    }

    @Override
    public String[] getFilterFlags() {
        return itemDescriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return other instanceof ModelPropertyDescriptor descriptor && descriptor.feature == feature;
    }

    /** Whether the property can be changed in the sheet. */
    public boolean isEditable() {
        return itemDescriptor.canSetProperty(object) && !(feature instanceof EAttribute attribute && attribute.isID())
                && !(feature instanceof EReference reference && reference.isContainment());
    }

    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider values = itemDescriptor.getLabelProvider(object);
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                Object value = PropertyValue.unwrap(element);
                if (value == null) {
                    return "";
                }
                if (value instanceof Boolean flag) {
                    return UiMessages.get(flag ? "valueYes" : "valueNo");
                }
                return values.getText(value);
            }

            @Override
            public Image getImage(Object element) {
                Object value = PropertyValue.unwrap(element);
                return value instanceof EObject ? labels.getImage(value) : null;
            }
        };
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!isEditable()) {
            return null;
        }
        if (feature instanceof EReference reference) {
            return new ReferenceCellEditor(parent, getDisplayName(), this::candidates, new QualifiedLabels(labels),
                    reference.isMany(), !reference.isRequired());
        }
        EDataType type = ((EAttribute) feature).getEAttributeType();
        if (feature.isMany()) {
            return new ValuesCellEditor(parent, getDisplayName(), type);
        }
        if (type instanceof EEnum) {
            List<?> literals = candidates().stream().filter(c -> c != null).toList();
            return new EnumCellEditor(parent, literals, getLabelProvider());
        }
        if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
            return new EnumCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), getLabelProvider());
        }
        return new DataTypeCellEditor(parent, type);
    }

    private Collection<?> candidates() {
        Collection<?> choices = itemDescriptor.getChoiceOfValues(object);
        return choices == null ? List.of() : choices;
    }
}
