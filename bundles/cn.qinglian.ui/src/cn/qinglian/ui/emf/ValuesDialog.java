package cn.qinglian.ui.emf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cn.qinglian.ui.UiMessages;

/** A list of values typed one a line; a line that is no value of the type is named and refused. */
final class ValuesDialog extends TitleAreaDialog {

    private final String title;
    private final EDataType type;
    private final List<?> initial;
    private Text lines;
    private List<Object> result;

    ValuesDialog(Shell parent, String title, EDataType type, List<?> initial) {
        super(parent);
        this.title = title;
        this.type = type;
        this.initial = initial;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    Optional<List<Object>> edit() {
        return open() == OK ? Optional.of(result) : Optional.empty();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(UiMessages.get("valuesOnePerLine"));
        lines = new Text(area, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
        StringJoiner text = new StringJoiner("\n");
        initial.forEach(value -> text.add(ValueText.format(type, value)));
        lines.setText(text.toString());
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 160).indent(8, 8).applyTo(lines);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, UiMessages.get("buttonOk"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, UiMessages.get("buttonCancel"), false);
    }

    @Override
    protected void okPressed() {
        List<Object> values = new ArrayList<>();
        for (String line : lines.getText().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String problem = ValueText.check(type, line);
            if (problem != null) {
                setErrorMessage(line.strip() + ": " + problem);
                return;
            }
            values.add(ValueText.parse(type, line));
        }
        result = values;
        super.okPressed();
    }
}
