package cn.qinglian.ui.emf;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Edits a reference (one object or a list) through a {@link ModelObjectPicker} with a filter box. */
public class ReferenceCellEditor extends DialogCellEditor {

    /** What the dialog returns for "no object": DialogCellEditor treats null as "cancelled". */
    private static final Object NONE = new Object();

    private final String title;
    private final Supplier<Collection<?>> candidates;
    private final ILabelProvider labels;
    private final boolean many;
    private final boolean optional;

    public ReferenceCellEditor(Composite parent, String title, Supplier<Collection<?>> candidates,
            ILabelProvider labels, boolean many, boolean optional) {
        super(parent);
        this.title = title;
        this.candidates = candidates;
        this.labels = labels;
        this.many = many;
        this.optional = optional;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        Object current = doGetValue();
        Collection<?> initial = current instanceof Collection<?> list ? list
                : current == null ? List.of() : List.of(current);
        Optional<List<Object>> chosen = new ModelObjectPicker(cellEditorWindow.getShell(), title, candidates.get(),
                labels, initial, many, optional).choose();
        if (chosen.isEmpty()) {
            return null;
        }
        if (many) {
            return chosen.get();
        }
        return chosen.get().isEmpty() ? NONE : chosen.get().get(0);
    }

    @Override
    protected void doSetValue(Object value) {
        Object plain = PropertyValue.unwrap(value);
        super.doSetValue(plain == NONE ? null : plain);
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() == null) {
            return;
        }
        Object plain = PropertyValue.unwrap(value);
        if (plain instanceof Collection<?> list) {
            StringJoiner text = new StringJoiner(", ");
            list.forEach(element -> text.add(labels.getText(element)));
            getDefaultLabel().setText(text.toString());
        } else {
            getDefaultLabel().setText(plain == null || plain == NONE ? "" : labels.getText(plain));
        }
    }
}
