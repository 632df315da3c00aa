package cn.qinglian.ui.internal.roster;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import cn.qinglian.core.roster.RosterProblem;
import cn.qinglian.ui.UiMessages;

/**
 * Page 2 (检查): the problems of the roster, one row each (row, column, reason), or a summary of what
 * the import will create and update. The wizard can finish only when there are no problems.
 */
public final class RosterCheckPage extends WizardPage {

    private Label summary;
    private TableViewer problems;

    RosterCheckPage() {
        super("check");
        setTitle(UiMessages.get("importRosterCheckTitle"));
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(area);
        summary = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(summary);
        problems = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        problems.getTable().setHeaderVisible(true);
        problems.getTable().setLinesVisible(true);
        problems.setContentProvider(ArrayContentProvider.getInstance());
        column("importRosterRow", 60, problem -> Integer.toString(problem.row()));
        column("importRosterColumn", 120, RosterProblem::column);
        column("importRosterReason", 560, problem -> problem.reason(Locale.getDefault()));
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 300).applyTo(problems.getTable());
        setControl(area);
    }

    /** Shows the problems found; the import cannot finish. */
    void showProblems(List<RosterProblem> found) {
        setDescription(UiMessages.get("importRosterProblems", found.size()));
        summary.setText(UiMessages.get("importRosterNothingChanged"));
        problems.setInput(found);
        problems.getTable().setVisible(true);
        setPageComplete(false);
    }

    /** Shows what the import will do; the import can finish. */
    void showSummary(int rows, String described) {
        setDescription(UiMessages.get("importRosterReady", rows));
        summary.setText(described);
        problems.setInput(List.of());
        problems.getTable().setVisible(false);
        setPageComplete(true);
        summary.getParent().layout(true);
    }

    /** The problems table: 行, 列, 原因. */
    public Table problemTable() {
        return problems.getTable();
    }

    /** The summary line above the table. */
    public String summaryText() {
        return summary.getText();
    }

    private void column(String titleKey, int width, java.util.function.Function<RosterProblem, String> text) {
        TableViewerColumn column = new TableViewerColumn(problems, SWT.LEFT);
        column.getColumn().setText(UiMessages.get(titleKey));
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((RosterProblem) element);
            }
        });
    }
}
