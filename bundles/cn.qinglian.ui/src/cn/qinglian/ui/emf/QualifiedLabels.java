package cn.qinglian.ui.emf;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Labels that tell same-named objects apart by their container, e.g. "城东派出所 / 所长": used in pickers,
 * where a title alone ("所长") would be ambiguous. Objects directly under the root keep their own label.
 */
public class QualifiedLabels extends LabelProvider {

    private static final String SEPARATOR = " / ";

    private final ModelLabelProvider labels;

    public QualifiedLabels(ModelLabelProvider labels) {
        this.labels = labels;
    }

    @Override
    public String getText(Object element) {
        String own = labels.getText(element);
        if (element instanceof EObject object && object.eContainer() != null
                && object.eContainer().eContainer() != null) {
            return labels.getText(object.eContainer()) + SEPARATOR + own;
        }
        return own;
    }

    @Override
    public Image getImage(Object element) {
        return labels.getImage(element);
    }
}
