package cn.qinglian.ui.internal.dialogs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cn.qinglian.ui.UiMessages;

/**
 * A small dialog that fills in a draft: fields in two columns, OK enabled only while the fields make a
 * draft, the reason shown when they do not.
 *
 * @param <T> the draft
 */
abstract class DraftDialog<T> extends TitleAreaDialog {

    /** What {@link #draft()} throws when a field is missing or wrong; the message is shown as is. */
    static final class Incomplete extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Incomplete(String message) {
            super(message);
        }
    }

    private final String title;
    private final String message;
    private T result;
    private boolean touched;

    DraftDialog(Shell parent, String title, String message) {
        super(parent);
        this.title = title;
        this.message = message;
    }

    /** Opens the dialog and waits; the draft, or empty when cancelled. */
    Optional<T> ask() {
        return open() == OK ? Optional.ofNullable(result) : Optional.empty();
    }

    /** Creates the fields in a two-column grid. */
    protected abstract void createFields(Composite fields);

    /** The draft the fields make, or {@link Incomplete} saying what is missing. */
    protected abstract T draft();

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(message);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(12, 12).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        createFields(fields);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, UiMessages.get("buttonOk"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, UiMessages.get("buttonCancel"), false);
        validate();
    }

    /** Checks the fields; call after every change. The first problem is shown once the user typed. */
    protected final void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        try {
            draft();
            setErrorMessage(null);
            ok.setEnabled(true);
        } catch (Incomplete e) {
            setErrorMessage(touched ? e.getMessage() : null);
            ok.setEnabled(false);
        }
        touched = true;
    }

    @Override
    protected void okPressed() {
        result = draft();
        super.okPressed();
    }

    protected Text text(Composite fields, String labelKey, String initial) {
        label(fields, labelKey);
        Text text = new Text(fields, SWT.BORDER);
        text.setText(initial == null ? "" : initial);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(280, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(e -> validate());
        return text;
    }

    protected <V> ComboViewer combo(Composite fields, String labelKey, List<V> values, Function<V, String> names,
            V initial) {
        label(fields, labelKey);
        ComboViewer combo = new ComboViewer(fields, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setContentProvider(ArrayContentProvider.getInstance());
        combo.setLabelProvider(new LabelProvider() {
            @SuppressWarnings("unchecked")
            @Override
            public String getText(Object element) {
                return names.apply((V) element);
            }
        });
        combo.setInput(values);
        combo.setSelection(new StructuredSelection(initial));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(combo.getControl());
        combo.addSelectionChangedListener(e -> validate());
        return combo;
    }

    protected static Label label(Composite fields, String labelKey) {
        Label label = new Label(fields, SWT.NONE);
        label.setText(UiMessages.get(labelKey));
        return label;
    }

    protected static String required(Text text, String problemKey) {
        String value = text.getText().strip();
        if (value.isEmpty()) {
            throw new Incomplete(UiMessages.get(problemKey));
        }
        return value;
    }

    /** The date typed in {@code text}; empty text is null when {@code optional}, else a problem. */
    protected static LocalDate date(Text text, boolean optional) {
        String value = text.getText().strip();
        if (value.isEmpty()) {
            if (optional) {
                return null;
            }
            throw new Incomplete(UiMessages.get("valueDateHint"));
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Incomplete(UiMessages.get("valueDateHint"));
        }
    }

    @SuppressWarnings("unchecked")
    protected static <V> V selected(ComboViewer combo) {
        return (V) combo.getStructuredSelection().getFirstElement();
    }
}
