package cn.qinglian.ui.internal.dialogs;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

import cn.qinglian.model.Person;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.emf.ModelLabelProvider;
import cn.qinglian.ui.emf.QualifiedLabels;
import cn.qinglian.ui.internal.explorer.WorkbenchLabelProvider;

/**
 * Labels in pickers, where names repeat: people with their roster number ("张伟（A0012）"), posts and
 * units with their unit ("城东派出所 / 所长"). Owns its images: dispose it with the dialog.
 */
final class PickerLabels extends LabelProvider {

    private final ModelLabelProvider labels;
    private final QualifiedLabels qualified;

    PickerLabels(AdapterFactory adapterFactory) {
        this.labels = new WorkbenchLabelProvider(adapterFactory);
        this.qualified = new QualifiedLabels(labels);
    }

    @Override
    public String getText(Object element) {
        if (element instanceof Person person && person.getPersonId() != null) {
            return UiMessages.get("personWithId", labels.getText(person), person.getPersonId());
        }
        return qualified.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        return labels.getImage(element);
    }

    @Override
    public void dispose() {
        labels.dispose();
        super.dispose();
    }
}
