package cn.qinglian.ui.internal.explorer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;

import cn.qinglian.ui.emf.ModelLabelProvider;

/** Item provider labels with the workbench's own icons (per unit kind, post role …) where it has them. */
public class WorkbenchLabelProvider extends ModelLabelProvider {

    public WorkbenchLabelProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public Image getImage(Object element) {
        ImageDescriptor own = ModelIcons.of(element);
        return own != null ? image(own) : super.getImage(element);
    }
}
