package cn.qinglian.ui.emf;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Property sources for model objects of any package whose item providers the adapter factory knows.
 * The editing domain is the one the object's resource set belongs to; objects of none are read-only.
 */
public class ModelPropertySourceProvider implements IPropertySourceProvider {

    private final ModelLabelProvider labels;

    public ModelPropertySourceProvider(ModelLabelProvider labels) {
        this.labels = labels;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (!(object instanceof EObject eObject)) {
            return null;
        }
        IItemPropertySource itemSource = (IItemPropertySource) labels.adapterFactory().adapt(eObject,
                IItemPropertySource.class);
        return itemSource == null ? null
                : new ModelPropertySource(eObject, itemSource,
                        AdapterFactoryEditingDomain.getEditingDomainFor(eObject), labels);
    }
}
