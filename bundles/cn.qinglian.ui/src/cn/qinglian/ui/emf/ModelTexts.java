package cn.qinglian.ui.emf;

import java.util.MissingResourceException;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/** Localised names of types and features (e.g. "单位", "主管单位"), from the item providers, which are resource locators. */
public final class ModelTexts {

    private ModelTexts() {
    }

    /** The type name of {@code object} as its item provider's resources give it, else the class name. */
    public static String typeName(AdapterFactory adapterFactory, EObject object) {
        if (adapterFactory.adapt(object, IItemLabelProvider.class) instanceof ResourceLocator resources) {
            try {
                return resources.getString("_UI_" + object.eClass().getName() + "_type");
            } catch (MissingResourceException e) {
                return object.eClass().getName();
            }
        }
        return object.eClass().getName();
    }

    /** The display name of {@code feature} of {@code owner} from its property descriptor, else the feature name. */
    public static String featureName(AdapterFactory adapterFactory, EObject owner, EStructuralFeature feature) {
        if (adapterFactory.adapt(owner, IItemPropertySource.class) instanceof IItemPropertySource source) {
            for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(owner)) {
                if (descriptor.getFeature(owner) == feature) {
                    return descriptor.getDisplayName(owner);
                }
            }
        }
        return feature.getName();
    }
}
