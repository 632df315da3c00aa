package cn.qinglian.evaluation.ui.views;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;

import cn.qinglian.evaluation.model.AssessmentEntry;
import cn.qinglian.evaluation.model.Criterion;
import cn.qinglian.evaluation.model.EvaluationFactory;
import cn.qinglian.evaluation.model.EvaluationPackage;
import cn.qinglian.evaluation.model.Score;
import cn.qinglian.evaluation.scoring.AssessmentScoring;
import cn.qinglian.ui.WorkspaceSession;

/**
 * Enters an entry's score for one criterion in the table: an existing score is changed with a
 * SetCommand, a missing one added with an AddCommand, an emptied cell removes it. Text that is not a
 * number is ignored (the cell shows the old value again).
 */
final class ScoreEditing extends EditingSupport {

    private final TableViewer viewer;
    private final Criterion criterion;
    private final WorkspaceSession session;

    ScoreEditing(TableViewer viewer, Criterion criterion, WorkspaceSession session) {
        super(viewer);
        this.viewer = viewer;
        this.criterion = criterion;
        this.session = session;
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        return new TextCellEditor(viewer.getTable());
    }

    @Override
    protected boolean canEdit(Object element) {
        return element instanceof AssessmentView.Row;
    }

    @Override
    protected Object getValue(Object element) {
        AssessmentEntry entry = entry(element);
        return AssessmentScoring.enteredScore(entry, criterion).map(s -> AssessmentView.format(s.getValue())).orElse("");
    }

    @Override
    protected void setValue(Object element, Object value) {
        Command command = command(entry(element), String.valueOf(value).trim());
        if (command != null) {
            session.execute(command);
        }
    }

    /** The command that gives {@code entry} the score {@code text}, or {@code null} when nothing changes. */
    Command command(AssessmentEntry entry, String text) {
        Score existing = AssessmentScoring.enteredScore(entry, criterion).orElse(null);
        if (text.isEmpty()) {
            return existing == null ? null
                    : org.eclipse.emf.edit.command.RemoveCommand.create(session.editingDomain(), entry,
                            EvaluationPackage.Literals.ASSESSMENT_ENTRY__SCORES, existing);
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
        if (existing != null) {
            return existing.getValue() == value ? null
                    : SetCommand.create(session.editingDomain(), existing, EvaluationPackage.Literals.SCORE__VALUE, value);
        }
        Score score = EvaluationFactory.eINSTANCE.createScore();
        score.setCriterion(criterion);
        score.setValue(value);
        return AddCommand.create(session.editingDomain(), entry, EvaluationPackage.Literals.ASSESSMENT_ENTRY__SCORES, score);
    }

    private static AssessmentEntry entry(Object element) {
        return ((AssessmentView.Row) element).place().score().entry();
    }
}
