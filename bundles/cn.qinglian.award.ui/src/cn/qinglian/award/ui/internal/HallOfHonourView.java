package cn.qinglian.award.ui.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.output.HallOfHonour;
import cn.qinglian.award.output.HallOfHonour.Honour;
import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.model.Named;
import cn.qinglian.model.Person;
import cn.qinglian.model.Unit;
import cn.qinglian.ui.WorkspaceSession;

/**
 * 荣誉榜: the awards won, newest first; for the unit (and the units below it) or the person selected in
 * another view, otherwise all of them.
 */
public class HallOfHonourView extends ViewPart {

    public static final String ID = "cn.qinglian.award.ui.views.honours";

    private WorkspaceSession session;
    private TableViewer table;
    private Label heading;
    private Object focus;
    private final ISelectionListener selectionListener = (part, selection) -> {
        if (part != this && selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            Object first = structured.getFirstElement();
            if (first instanceof Unit || first instanceof Person) {
                focus = first;
                refresh();
            }
        }
    };
    private final WorkspaceSession.Listener sessionListener = new WorkspaceSession.Listener() {
        @Override
        public void stateChanged(WorkspaceSession changed) {
            refresh();
        }

        @Override
        public void workspaceOpened(WorkspaceSession opened) {
            focus = null;
            refresh();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(WorkspaceSession.class);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        heading = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("honourPeriod", 80, Honour::period);
        column("honourAward", 140, Honour::award);
        column("honourUnit", 220, honour -> honour.unit() == null ? "" : honour.unit().getName());
        column("honourWinner", 120, honour -> honour.winner().getName() + " (" + honour.winner().getPersonId() + ")");
        getSite().getPage().addPostSelectionListener(selectionListener);
        session.addListener(sessionListener);
        refresh();
    }

    private void column(String key, int width, Function<Honour, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(AwardUi.get(key));
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Honour) element);
            }
        });
    }

    /** Shows the awards of {@code unitOrPerson} (null: all awards). */
    public void show(Object unitOrPerson) {
        focus = unitOrPerson;
        refresh();
    }

    private void refresh() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        AwardBook book = WorkspaceParts.rootOf(session.organisation(), AwardBook.class).orElse(null);
        List<Honour> honours;
        if (book == null) {
            honours = List.of();
        } else if (focus instanceof Unit unit) {
            honours = HallOfHonour.ofUnit(book, unit);
        } else if (focus instanceof Person person) {
            honours = HallOfHonour.ofPerson(book, person);
        } else {
            honours = HallOfHonour.all(book);
        }
        table.setInput(honours);
        heading.setText(focus instanceof Named named ? AwardUi.get("honoursOf", named.getName(), honours.size())
                : AwardUi.get("honoursAll", honours.size()));
    }

    public TableViewer table() {
        return table;
    }

    public String heading() {
        return heading.getText();
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        if (session != null) {
            session.removeListener(sessionListener);
        }
        super.dispose();
    }
}
