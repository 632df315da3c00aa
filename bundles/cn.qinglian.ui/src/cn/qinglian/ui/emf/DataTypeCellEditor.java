package cn.qinglian.ui.emf;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/** Edits a value of a data type (text, number, date …) as text, refusing text that is no such value. */
public class DataTypeCellEditor extends TextCellEditor {

    private final EDataType type;

    public DataTypeCellEditor(Composite parent, EDataType type) {
        super(parent);
        this.type = type;
        setValidator(value -> value instanceof String text ? ValueText.check(type, text) : null);
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(ValueText.format(type, PropertyValue.unwrap(value)));
    }

    @Override
    protected Object doGetValue() {
        String text = (String) super.doGetValue();
        return ValueText.check(type, text) == null ? ValueText.parse(type, text) : text;
    }
}
