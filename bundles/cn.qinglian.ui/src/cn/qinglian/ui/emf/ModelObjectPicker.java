package cn.qinglian.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cn.qinglian.ui.UiMessages;

/**
 * Chooses one or several objects out of many (tens of thousands of people work): a filter box (name
 * contains) over a virtual list. One object: double-click or OK; "None" clears an optional reference.
 * Several: tick them.
 */
public class ModelObjectPicker extends Dialog {

    private static final int NONE_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int VISIBLE_ROWS = 16;

    private final String title;
    private final List<Object> candidates;
    private final List<String> texts;
    private final ILabelProvider labels;
    private final boolean many;
    private final boolean optional;
    private final Set<Object> chosen = new LinkedHashSet<>();
    private TableViewer list;
    private Text filter;
    private Label count;
    private List<Object> result;

    /**
     * @param candidates the objects to choose from (nulls are left out)
     * @param initial the objects chosen when the dialog opens
     * @param many whether several objects may be chosen
     * @param optional whether choosing none is allowed
     */
    public ModelObjectPicker(Shell parent, String title, Collection<?> candidates, ILabelProvider labels,
            Collection<?> initial, boolean many, boolean optional) {
        super(parent);
        this.title = title;
        this.candidates = candidates.stream().filter(c -> c != null).map(Object.class::cast).toList();
        this.labels = labels;
        this.texts = this.candidates.stream().map(c -> labels.getText(c).toLowerCase(Locale.ROOT)).toList();
        this.many = many;
        this.optional = optional;
        initial.stream().filter(i -> i != null).forEach(chosen::add);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Opens the dialog; empty when cancelled, else the chosen objects (an empty list: none). */
    public Optional<List<Object>> choose() {
        return open() == OK ? Optional.of(result) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().applyTo(area);
        filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage(UiMessages.get("pickerFilterHint"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        list = createList(area);
        GridDataFactory.fillDefaults().grab(true, true)
                .hint(SWT.DEFAULT, list.getTable().getItemHeight() * VISIBLE_ROWS).applyTo(list.getControl());
        count = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
        filter.addModifyListener(e -> applyFilter());
        applyFilter();
        if (!many && !chosen.isEmpty()) {
            list.setSelection(new StructuredSelection(chosen.iterator().next()), true);
        }
        return area;
    }

    private TableViewer createList(Composite area) {
        int style = SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL;
        TableViewer viewer;
        if (many) {
            CheckboxTableViewer checkboxes = CheckboxTableViewer.newCheckList(area, style);
            checkboxes.setCheckStateProvider(new ICheckStateProvider() {
                @Override
                public boolean isChecked(Object element) {
                    return chosen.contains(element);
                }

                @Override
                public boolean isGrayed(Object element) {
                    return false;
                }
            });
            checkboxes.addCheckStateListener(event -> {
                if (event.getChecked()) {
                    chosen.add(event.getElement());
                } else {
                    chosen.remove(event.getElement());
                }
            });
            viewer = checkboxes;
        } else {
            viewer = new TableViewer(area, style | SWT.SINGLE);
            viewer.addDoubleClickListener(event -> okPressed());
        }
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        // the viewer disposes its label provider: give it one of its own, the caller's may be shared
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return labels.getText(element);
            }

            @Override
            public Image getImage(Object element) {
                return labels.getImage(element);
            }
        });
        return viewer;
    }

    private void applyFilter() {
        String needle = filter.getText().strip().toLowerCase(Locale.ROOT);
        List<Object> shown = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (needle.isEmpty() || texts.get(i).contains(needle)) {
                shown.add(candidates.get(i));
            }
        }
        list.setInput(shown);
        count.setText(UiMessages.get("pickerCount", shown.size(), candidates.size()));
        if (!many && shown.size() == 1) {
            list.setSelection(new StructuredSelection(shown.get(0)));
        }
    }

    /** Shows only the candidates whose label contains {@code text} (as if typed into the filter box). */
    public void setFilterText(String text) {
        filter.setText(text);
    }

    /** The candidates shown under the current filter. */
    public List<?> shownCandidates() {
        return (List<?>) list.getInput();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (optional && !many) {
            createButton(parent, NONE_ID, UiMessages.get("pickerNone"), false);
        }
        createButton(parent, IDialogConstants.OK_ID, UiMessages.get("buttonOk"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, UiMessages.get("buttonCancel"), false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == NONE_ID) {
            result = List.of();
            setReturnCode(OK);
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    @Override
    protected void okPressed() {
        if (many) {
            result = List.copyOf(chosen);
        } else {
            IStructuredSelection selection = list.getStructuredSelection();
            if (selection.isEmpty()) {
                return;
            }
            result = List.of(selection.getFirstElement());
        }
        super.okPressed();
    }

    @Override
    protected Point getInitialSize() {
        Point size = super.getInitialSize();
        return new Point(Math.max(size.x, 460), size.y);
    }
}
