package cn.qinglian.evaluation.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import cn.qinglian.evaluation.EvaluationTexts;
import cn.qinglian.evaluation.appraisal.AppraisalResult;
import cn.qinglian.evaluation.appraisal.AppraisalTallies;
import cn.qinglian.evaluation.appraisal.CandidateTally;
import cn.qinglian.evaluation.export.EvaluationExports;
import cn.qinglian.evaluation.export.Sheet;
import cn.qinglian.evaluation.model.Appraisal;
import cn.qinglian.evaluation.model.AppraisalGrade;
import cn.qinglian.evaluation.ui.Messages;

/**
 * 民主评议: the tally of one appraisal — votes per grade for each candidate and the participation rate.
 * Only counts are shown: nothing leads back to a ballot or a voter.
 */
public class AppraisalView extends EvaluationView {

    public static final String ID = "cn.qinglian.evaluation.ui.views.appraisal";

    private Combo appraisals;
    private TableViewer table;
    private final List<Appraisal> choices = new ArrayList<>();

    @Override
    void createHeader(Composite header) {
        appraisals = new Combo(header, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.swtDefaults().hint(320, SWT.DEFAULT).applyTo(appraisals);
        appraisals.addListener(SWT.Selection, event -> refresh());
    }

    @Override
    void createContent(Composite parent) {
        table = table(parent);
        EvaluationTexts texts = new EvaluationTexts(java.util.Locale.getDefault());
        column(table, Messages.get("column.candidate"), 120, CandidateTally.class, t -> t.candidate().getName());
        for (AppraisalGrade grade : AppraisalGrade.values()) {
            column(table, texts.label(grade), 80, CandidateTally.class, t -> t.count(grade));
        }
        column(table, Messages.get("column.marked"), 60, CandidateTally.class, CandidateTally::marked);
        column(table, Messages.get("column.competentPercent"), 110, CandidateTally.class, CandidateTally::competentPercent);
    }

    Appraisal appraisal() {
        int index = appraisals.getSelectionIndex();
        return index >= 0 && index < choices.size() ? choices.get(index) : choices.isEmpty() ? null : choices.get(0);
    }

    @Override
    void refresh() {
        Appraisal selected = appraisal();
        choices.clear();
        evaluation().ifPresent(e -> choices.addAll(e.getAppraisals()));
        appraisals.setItems(choices.stream().map(Appraisal::getName).toArray(String[]::new));
        Appraisal shown = choices.contains(selected) ? selected : choices.isEmpty() ? null : choices.get(0);
        if (shown == null) {
            table.setInput(List.of());
            status("");
            return;
        }
        appraisals.select(choices.indexOf(shown));
        AppraisalResult result = AppraisalTallies.of(shown);
        table.setInput(result.tallies());
        status(Messages.get("participation", result.ballots(), result.eligibleVoters(), result.participationPercent()));
    }

    @Override
    List<Sheet> sheets(EvaluationTexts texts) {
        Appraisal appraisal = appraisal();
        return appraisal == null ? List.of(new Sheet(getPartName(), List.of()))
                : List.of(new EvaluationExports(texts).appraisal(appraisal));
    }
}
