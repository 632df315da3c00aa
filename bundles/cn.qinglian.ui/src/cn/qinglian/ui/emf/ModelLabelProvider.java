package cn.qinglian.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Labels of model objects as their item providers ({@link IItemLabelProvider}) give them; the images
 * live as long as this provider.
 */
public class ModelLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

    public ModelLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = itemLabelProvider(element);
        if (provider != null) {
            String text = provider.getText(element);
            return text == null ? "" : text;
        }
        return element == null ? "" : element.toString();
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = itemLabelProvider(element);
        return provider == null ? null : image(ModelImages.descriptor(provider.getImage(element)));
    }

    /** The image of {@code descriptor}, created once and kept until this provider is disposed. */
    protected Image image(ImageDescriptor descriptor) {
        return descriptor == null ? null : resources.create(descriptor);
    }

    protected IItemLabelProvider itemLabelProvider(Object element) {
        return element == null ? null : (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
    }

    public AdapterFactory adapterFactory() {
        return adapterFactory;
    }

    @Override
    public void dispose() {
        resources.dispose();
        super.dispose();
    }
}
