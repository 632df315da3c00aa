package cn.qinglian.ui.emf;

import java.util.List;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** Picks one of a fixed list of values (enum literals, yes/no) from a read-only combo of their labels. */
public class EnumCellEditor extends ComboBoxCellEditor {

    private final List<?> values;

    public EnumCellEditor(Composite parent, List<?> values, ILabelProvider labels) {
        super(parent, values.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
        this.values = List.copyOf(values);
        setActivationStyle(DROP_DOWN_ON_MOUSE_ACTIVATION | DROP_DOWN_ON_KEY_ACTIVATION);
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(Integer.valueOf(values.indexOf(PropertyValue.unwrap(value))));
    }

    @Override
    protected Object doGetValue() {
        int index = ((Integer) super.doGetValue()).intValue();
        return index >= 0 && index < values.size() ? values.get(index) : null;
    }
}
