package cn.qinglian.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.emf.ModelLabelProvider;
import cn.qinglian.ui.emf.ModelTexts;
import cn.qinglian.ui.internal.editing.DeletionPlan;
import cn.qinglian.ui.internal.editing.DeletionPlan.ClearedReference;
import cn.qinglian.ui.internal.explorer.WorkbenchLabelProvider;

/**
 * Before a deletion: what the user chose, everything else that goes with it (contents, tenures, reporting
 * lines, reports, charge assignments) and the references elsewhere that are cleared. Delete or cancel.
 */
public final class DeletePreviewDialog extends TitleAreaDialog {

    /** One line of the preview table: what kind of thing, which one, and why it is listed. */
    public record Row(EObject object, String type, String label, String effect) {
    }

    private final DeletionPlan plan;
    private final ModelLabelProvider labels;
    private final List<Row> rows;

    public DeletePreviewDialog(Shell parent, WorkspaceSession session, DeletionPlan plan) {
        super(parent);
        this.plan = plan;
        this.labels = new WorkbenchLabelProvider(session.adapterFactory());
        this.rows = rows(session, plan, labels);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The rows the preview lists: objects deleted along, then references cleared. */
    public List<Row> rows() {
        return rows;
    }

    private static List<Row> rows(WorkspaceSession session, DeletionPlan plan, ModelLabelProvider labels) {
        List<Row> rows = new ArrayList<>();
        String deleted = UiMessages.get("deleteEffectDeleted");
        for (EObject object : plan.alsoDeleted()) {
            rows.add(new Row(object, ModelTexts.typeName(session.adapterFactory(), object), labels.getText(object),
                    deleted));
        }
        for (ClearedReference cleared : plan.clearedReferences()) {
            if (cleared.isOppositeOfDeleted()) {
                continue;
            }
            StringJoiner targets = new StringJoiner(UiMessages.get("listSeparator"));
            cleared.removed().forEach(target -> targets.add(labels.getText(target)));
            rows.add(new Row(cleared.owner(), ModelTexts.typeName(session.adapterFactory(), cleared.owner()),
                    labels.getText(cleared.owner()), UiMessages.get("deleteEffectCleared",
                            ModelTexts.featureName(session.adapterFactory(), cleared.owner(), cleared.reference()),
                            targets.toString())));
        }
        return rows;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(UiMessages.get("deleteTitle"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        StringJoiner chosen = new StringJoiner(UiMessages.get("listSeparator"));
        plan.selected().forEach(object -> chosen.add(labels.getText(object)));
        setTitle(UiMessages.get("deleteHeading", chosen.toString()));
        setMessage(rows.isEmpty() ? UiMessages.get("deleteNothingElse")
                : UiMessages.get("deleteAlsoAffected", rows.size()));
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(10, 10).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        if (!rows.isEmpty()) {
            createTable(body);
        }
        Label undo = new Label(body, SWT.WRAP);
        undo.setText(UiMessages.get("deleteUndoHint"));
        return area;
    }

    private void createTable(Composite body) {
        TableViewer table = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.VIRTUAL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column(table, UiMessages.get("deleteColumnType"), 90, Row::type, true);
        column(table, UiMessages.get("deleteColumnObject"), 300, Row::label, false);
        column(table, UiMessages.get("deleteColumnEffect"), 260, Row::effect, false);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(rows);
        GridDataFactory.fillDefaults().grab(true, true)
                .hint(SWT.DEFAULT, table.getTable().getItemHeight() * Math.min(12, rows.size() + 1)).applyTo(table.getTable());
    }

    private void column(TableViewer table, String title, int width, java.util.function.Function<Row, String> text,
            boolean withImage) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public Image getImage(Object element) {
                return withImage ? labels.getImage(((Row) element).object()) : null;
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, UiMessages.get("buttonDelete"), false);
        createButton(parent, IDialogConstants.CANCEL_ID, UiMessages.get("buttonCancel"), true);
    }

    @Override
    public boolean close() {
        boolean closed = super.close();
        if (closed) {
            labels.dispose();
        }
        return closed;
    }
}
