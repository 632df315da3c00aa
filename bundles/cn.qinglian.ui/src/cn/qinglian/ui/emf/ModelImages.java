package cn.qinglian.ui.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;

/** Turns the image objects item providers return (URLs, composed images) into JFace image descriptors. */
public final class ModelImages {

    private ModelImages() {
    }

    /** The descriptor of an item provider's image, or null when there is none. */
    public static ImageDescriptor descriptor(Object image) {
        if (image instanceof ImageDescriptor descriptor) {
            return descriptor;
        }
        if (image instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (image instanceof ComposedImage composed) {
            List<Object> images = composed.getImages();
            return images.isEmpty() ? null : descriptor(images.get(0));
        }
        return null;
    }
}
