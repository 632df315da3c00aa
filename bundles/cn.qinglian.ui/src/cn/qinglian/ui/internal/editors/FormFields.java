package cn.qinglian.ui.internal.editors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;

import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.emf.ModelLabelProvider;
import cn.qinglian.ui.emf.ModelObjectPicker;
import cn.qinglian.ui.emf.ModelTexts;
import cn.qinglian.ui.emf.QualifiedLabels;
import cn.qinglian.ui.emf.ValueText;
import cn.qinglian.ui.internal.explorer.WorkbenchLabelProvider;

/**
 * Form fields bound to features of one object: what they show comes from the model after every change,
 * what the user enters becomes a {@link SetCommand} on the session's stack. Labels and the values offered
 * come from the item provider's property descriptors. Fields sit in a three-column grid.
 */
final class FormFields {

    /** A table column: title, width, text and image of a row. */
    record Column(String title, int width, Function<Object, String> text, Function<Object, Image> image) {
    }

    private final FormToolkit toolkit;
    private final WorkspaceSession session;
    private final EObject object;
    private final ModelLabelProvider labels;
    private final List<Runnable> refreshers = new ArrayList<>();

    FormFields(FormToolkit toolkit, WorkspaceSession session, EObject object) {
        this.toolkit = toolkit;
        this.session = session;
        this.object = object;
        this.labels = new WorkbenchLabelProvider(session.adapterFactory());
    }

    /** The workbench's icon of {@code element} (per unit kind, post role …), else its item provider's. */
    Image icon(Object element) {
        return labels.getImage(element);
    }

    /** A text field for a data attribute; committed on Enter and when it loses focus. */
    Text text(Composite parent, EAttribute attribute, boolean multiLine) {
        label(parent, attribute);
        Text text = toolkit.createText(parent, "", multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(240, multiLine ? 48 : SWT.DEFAULT)
                .applyTo(text);
        Runnable commit = () -> commit(text, attribute);
        text.addListener(SWT.DefaultSelection, e -> commit.run());
        text.addListener(SWT.FocusOut, e -> commit.run());
        refreshers.add(() -> {
            String shown = ValueText.format(attribute.getEAttributeType(), object.eGet(attribute));
            if (!text.getText().equals(shown)) {
                text.setText(shown);
            }
            text.setToolTipText(null);
            text.setForeground(null);
        });
        return text;
    }

    private void commit(Text text, EAttribute attribute) {
        String problem = ValueText.check(attribute.getEAttributeType(), text.getText());
        if (problem != null) {
            text.setToolTipText(problem);
            text.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_RED));
            return;
        }
        text.setForeground(null);
        set(attribute, ValueText.parse(attribute.getEAttributeType(), text.getText()));
    }

    /** A read-only combo of the values the descriptor offers (enum literals), in their localised labels. */
    ComboViewer choice(Composite parent, EAttribute attribute) {
        label(parent, attribute);
        IItemPropertyDescriptor descriptor = descriptor(attribute);
        ComboViewer combo = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(combo.getControl(), true, false);
        combo.setContentProvider(ArrayContentProvider.getInstance());
        combo.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return descriptor.getLabelProvider(object).getText(element);
            }
        });
        combo.setInput(choices(descriptor));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(combo.getControl());
        combo.addSelectionChangedListener(e -> set(attribute, combo.getStructuredSelection().getFirstElement()));
        refreshers.add(() -> {
            Object value = object.eGet(attribute);
            if (!Objects.equals(combo.getStructuredSelection().getFirstElement(), value)) {
                combo.setSelection(value == null ? StructuredSelection.EMPTY : new StructuredSelection(value));
            }
        });
        return combo;
    }

    /** A single reference: a link to the object (opening its editor when it has one) and a picker button. */
    Hyperlink reference(Composite parent, EReference reference, Runnable openTarget) {
        label(parent, reference);
        IItemPropertyDescriptor descriptor = descriptor(reference);
        Hyperlink link = toolkit.createHyperlink(parent, "", SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(link);
        link.addHyperlinkListener(new org.eclipse.ui.forms.events.HyperlinkAdapter() {
            @Override
            public void linkActivated(org.eclipse.ui.forms.events.HyperlinkEvent e) {
                openTarget.run();
            }
        });
        Button choose = toolkit.createButton(parent, UiMessages.get("buttonChoose"), SWT.PUSH);
        choose.addListener(SWT.Selection, e -> {
            Object current = object.eGet(reference);
            new ModelObjectPicker(parent.getShell(), ModelTexts.featureName(session.adapterFactory(), object, reference),
                    choices(descriptor), new QualifiedLabels(labels), current == null ? List.of() : List.of(current),
                    false, !reference.isRequired()).choose()
                    .ifPresent(chosen -> set(reference, chosen.isEmpty() ? null : chosen.get(0)));
        });
        choose.setEnabled(descriptor != null && descriptor.canSetProperty(object));
        refreshers.add(() -> {
            Object value = object.eGet(reference);
            link.setText(value == null ? UiMessages.get("valueNone") : new QualifiedLabels(labels).getText(value));
            link.setEnabled(value != null);
            link.getParent().layout(new org.eclipse.swt.widgets.Control[] { link });
        });
        return link;
    }

    /** A label and a value computed from the model. */
    Label readOnly(Composite parent, String title, Supplier<String> value) {
        toolkit.createLabel(parent, title);
        Label shown = toolkit.createLabel(parent, "", SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(shown);
        refreshers.add(() -> shown.setText(value.get()));
        return shown;
    }

    /** A table of rows computed from the model. */
    TableViewer table(Composite parent, Supplier<Collection<?>> rows, List<Column> columns) {
        TableViewer table = new TableViewer(toolkit.createTable(parent,
                SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL));
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        for (Column column : columns) {
            TableViewerColumn viewerColumn = new TableViewerColumn(table, SWT.NONE);
            viewerColumn.getColumn().setText(column.title());
            viewerColumn.getColumn().setWidth(column.width());
            viewerColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.text().apply(element);
                }

                @Override
                public Image getImage(Object element) {
                    return column.image() == null ? null : column.image().apply(element);
                }
            });
        }
        table.setContentProvider(ArrayContentProvider.getInstance());
        refreshers.add(() -> table.setInput(rows.get()));
        return table;
    }

    void refresh() {
        refreshers.forEach(Runnable::run);
    }

    void dispose() {
        labels.dispose();
    }

    private void set(EStructuralFeature feature, Object value) {
        if (!Objects.equals(object.eGet(feature), value)) {
            session.execute(SetCommand.create(session.editingDomain(), object, feature, value));
        }
    }

    private void label(Composite parent, EStructuralFeature feature) {
        Label label = toolkit.createLabel(parent, ModelTexts.featureName(session.adapterFactory(), object, feature));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
    }

    private IItemPropertyDescriptor descriptor(EStructuralFeature feature) {
        IItemPropertySource source = (IItemPropertySource) session.adapterFactory().adapt(object,
                IItemPropertySource.class);
        for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
            if (descriptor.getFeature(object) == feature) {
                return descriptor;
            }
        }
        return null;
    }

    private Collection<?> choices(IItemPropertyDescriptor descriptor) {
        Collection<?> choices = descriptor == null ? null : descriptor.getChoiceOfValues(object);
        return choices == null ? List.of() : choices.stream().filter(Objects::nonNull).toList();
    }
}
