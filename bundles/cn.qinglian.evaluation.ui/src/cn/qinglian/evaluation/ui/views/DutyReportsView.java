package cn.qinglian.evaluation.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;

import cn.qinglian.evaluation.EvaluationTexts;
import cn.qinglian.evaluation.export.EvaluationExports;
import cn.qinglian.core.export.Sheet;
import cn.qinglian.evaluation.model.DutyReport;
import cn.qinglian.evaluation.model.EvaluationPackage;
import cn.qinglian.evaluation.model.RaisedProblem;
import cn.qinglian.evaluation.ui.Messages;

/**
 * 述职述廉: the problems raised in the leaders' duty-and-integrity reports with their follow-up — open ones
 * first, by due date; the selected problems can be closed on the view's date (the follow-up text is
 * written in the property sheet).
 */
public class DutyReportsView extends EvaluationView {

    public static final String ID = "cn.qinglian.evaluation.ui.views.dutyReports";

    private TableViewer table;

    @Override
    void createHeader(Composite header) {
        button(header, Messages.get("closeProblems"), this::closeProblems);
    }

    @Override
    void createContent(Composite parent) {
        table = table(parent);
        column(table, Messages.get("column.year"), 50, RaisedProblem.class, p -> report(p).getYear());
        column(table, Messages.get("column.leader"), 80, RaisedProblem.class,
                p -> report(p).getLeader() == null ? null : report(p).getLeader().getName());
        column(table, Messages.get("column.problem"), 260, RaisedProblem.class, RaisedProblem::getDescription);
        column(table, Messages.get("column.raisedBy"), 110, RaisedProblem.class, RaisedProblem::getRaisedBy);
        column(table, Messages.get("column.dueDate"), 90, RaisedProblem.class, RaisedProblem::getDueDate);
        column(table, Messages.get("column.closedOn"), 90, RaisedProblem.class, p -> p.getClosedOn() != null
                ? p.getClosedOn()
                : p.getDueDate() != null && p.getDueDate().isBefore(asOf()) ? Messages.get("overdue") : null);
        column(table, Messages.get("column.followUp"), 220, RaisedProblem.class, RaisedProblem::getFollowUp);
        getSite().setSelectionProvider(table);
    }

    private static DutyReport report(RaisedProblem problem) {
        return (DutyReport) problem.eContainer();
    }

    List<RaisedProblem> problems() {
        List<RaisedProblem> problems = new ArrayList<>();
        evaluation().ifPresent(e -> e.getDutyReports().forEach(r -> problems.addAll(r.getProblems())));
        problems.sort(Comparator.comparing((RaisedProblem p) -> p.getClosedOn() != null)
                .thenComparing(RaisedProblem::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return problems;
    }

    @Override
    void refresh() {
        List<RaisedProblem> problems = problems();
        table.setInput(problems);
        long open = problems.stream().filter(p -> p.getClosedOn() == null).count();
        status(Messages.get("problemsOpen", open, problems.size()));
    }

    private void closeProblems() {
        CompoundCommand command = new CompoundCommand();
        for (Object element : table.getStructuredSelection().toList()) {
            if (element instanceof RaisedProblem problem && problem.getClosedOn() == null) {
                command.append(SetCommand.create(session().editingDomain(), problem,
                        EvaluationPackage.Literals.RAISED_PROBLEM__CLOSED_ON, asOf()));
            }
        }
        if (!command.isEmpty()) {
            execute(command.unwrap());
        }
    }

    @Override
    List<Sheet> sheets(EvaluationTexts texts) {
        return List.of(new EvaluationExports(texts).dutyReports(
                evaluation().map(e -> List.copyOf(e.getDutyReports())).orElse(List.of())));
    }
}
