package cn.qinglian.ui.emf;

import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Edits a list of data values (e.g. the problems pointed out in a report) as text, one value a line. */
public class ValuesCellEditor extends DialogCellEditor {

    private final String title;
    private final EDataType type;

    public ValuesCellEditor(Composite parent, String title, EDataType type) {
        super(parent);
        this.title = title;
        this.type = type;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        Object current = doGetValue();
        List<?> values = current instanceof Collection<?> list ? List.copyOf(list) : List.of();
        return new ValuesDialog(cellEditorWindow.getShell(), title, type, values).edit().orElse(null);
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(PropertyValue.unwrap(value));
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() == null) {
            return;
        }
        StringJoiner text = new StringJoiner("; ");
        if (PropertyValue.unwrap(value) instanceof Collection<?> list) {
            list.forEach(element -> text.add(ValueText.format(type, element)));
        }
        getDefaultLabel().setText(text.toString());
    }
}
