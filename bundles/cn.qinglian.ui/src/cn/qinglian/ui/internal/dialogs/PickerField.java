package cn.qinglian.ui.internal.dialogs;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.emf.ModelObjectPicker;

/** A field holding one model object, chosen with a {@link ModelObjectPicker}; fixed when given upfront. */
final class PickerField {

    private final Text shown;
    private final ILabelProvider labels;
    private Object value;

    PickerField(Composite fields, String labelKey, Object fixed, Supplier<Collection<?>> candidates,
            ILabelProvider labels, Runnable changed) {
        this.labels = labels;
        DraftDialog.label(fields, labelKey);
        shown = new Text(fields, SWT.BORDER | SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).span(fixed == null ? 1 : 2, 1)
                .applyTo(shown);
        if (fixed != null) {
            set(fixed);
            return;
        }
        Button choose = new Button(fields, SWT.PUSH);
        choose.setText(UiMessages.get("buttonChoose"));
        choose.addListener(SWT.Selection, e -> {
            new ModelObjectPicker(fields.getShell(), UiMessages.get(labelKey), candidates.get(), labels,
                    value == null ? List.of() : List.of(value), false, false).choose()
                    .filter(chosen -> !chosen.isEmpty()).ifPresent(chosen -> set(chosen.get(0)));
            changed.run();
        });
    }

    private void set(Object chosen) {
        value = chosen;
        shown.setText(labels.getText(chosen));
    }

    Object value() {
        return value;
    }
}
