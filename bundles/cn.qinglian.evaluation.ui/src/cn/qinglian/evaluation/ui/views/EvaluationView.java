package cn.qinglian.evaluation.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.evaluation.EvaluationTexts;
import cn.qinglian.evaluation.export.Sheet;
import cn.qinglian.evaluation.export.XlsxWriter;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.ui.Messages;
import cn.qinglian.ui.WorkspaceSession;

/**
 * What the evaluation views share: the session, a header row with the view's own controls, the date
 * the view is computed for (today unless changed) and an XLSX export, a refresh shortly after every
 * change of the model, and edits as commands on the session's command stack.
 */
abstract class EvaluationView extends ViewPart {

    private static final int REFRESH_DELAY_MILLIS = 200;

    private WorkspaceSession session;
    private Text date;
    private Label status;
    private boolean refreshPending;
    private final WorkspaceSession.Listener listener = new WorkspaceSession.Listener() {
        @Override
        public void stateChanged(WorkspaceSession changed) {
            refreshLater();
        }

        @Override
        public void workspaceOpened(WorkspaceSession opened) {
            refreshLater();
        }
    };

    @Override
    public final void createPartControl(Composite parent) {
        session = getSite().getService(WorkspaceSession.class);
        GridLayoutFactory.swtDefaults().applyTo(parent);
        Composite header = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        GridLayoutFactory.fillDefaults().numColumns(20).applyTo(header);
        createHeader(header);
        new Label(header, SWT.NONE).setText(Messages.get("asOf"));
        date = new Text(header, SWT.BORDER);
        date.setText(LocalDate.now().toString());
        GridDataFactory.swtDefaults().hint(90, SWT.DEFAULT).applyTo(date);
        date.addModifyListener(event -> {
            if (parsedDate().isPresent()) {
                refreshLater();
            }
        });
        button(header, Messages.get("exportXlsx"), this::export);
        status = new Label(header, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        createContent(parent);
        session.addListener(listener);
        refresh();
    }

    /** Controls before the date field (a picker of the assessment shown, buttons). */
    abstract void createHeader(Composite header);

    abstract void createContent(Composite parent);

    /** Shows the model as it is now. */
    abstract void refresh();

    /** What the export writes. */
    abstract List<Sheet> sheets(EvaluationTexts texts);

    final WorkspaceSession session() {
        return session;
    }

    /** The module's data of the open workspace. */
    final Optional<Evaluation> evaluation() {
        return session.organisation() == null ? Optional.empty()
                : WorkspaceParts.rootOf(session.organisation(), Evaluation.class);
    }

    final LocalDate asOf() {
        return parsedDate().orElse(LocalDate.now());
    }

    /** For tests and users: the day the view is computed for. */
    public final void setAsOf(LocalDate day) {
        date.setText(day.toString());
        refresh();
    }

    private Optional<LocalDate> parsedDate() {
        try {
            return Optional.of(LocalDate.parse(date.getText().trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    final void status(String text) {
        status.setText(text);
        status.getParent().layout();
    }

    final boolean execute(Command command) {
        return command != null && session.execute(command);
    }

    static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    static TableViewer table(Composite parent) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        return viewer;
    }

    static <T> TableViewerColumn column(TableViewer viewer, String title, int width, Class<T> type,
            Function<T, Object> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Object value = type.isInstance(element) ? text.apply(type.cast(element)) : null;
                return value == null ? "" : value.toString();
            }
        });
        return column;
    }

    private void refreshLater() {
        if (!refreshPending && !date.isDisposed()) {
            refreshPending = true;
            date.getDisplay().timerExec(REFRESH_DELAY_MILLIS, () -> {
                refreshPending = false;
                if (!date.isDisposed()) {
                    refresh();
                }
            });
        }
    }

    private void export() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.xlsx" });
        dialog.setFileName(getPartName() + ".xlsx");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        exportTo(Path.of(chosen));
    }

    /** Writes the view's sheets to {@code file}; a failure is shown, naming the file. */
    public final void exportTo(Path file) {
        try {
            XlsxWriter.write(file, sheets(new EvaluationTexts(Locale.getDefault())));
            status(Messages.get("exported", file));
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), getPartName(), Messages.get("exportFailed", file, e.getMessage()));
        }
    }

    @Override
    public void setFocus() {
        date.setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(listener);
        }
        super.dispose();
    }
}
