package cn.qinglian.evaluation.ui.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;

import cn.qinglian.evaluation.EvaluationTexts;
import cn.qinglian.evaluation.criteria.ComputedCriterionRegistry;
import cn.qinglian.evaluation.export.EvaluationExports;
import cn.qinglian.evaluation.export.Sheet;
import cn.qinglian.evaluation.model.AccountabilityRecord;
import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.Criterion;
import cn.qinglian.evaluation.model.EvaluationPackage;
import cn.qinglian.evaluation.scoring.AssessmentScoring;
import cn.qinglian.evaluation.scoring.CriterionScore;
import cn.qinglian.evaluation.scoring.LastPlaceProposals;
import cn.qinglian.evaluation.scoring.RankedEntry;
import cn.qinglian.evaluation.scoring.Ranking;
import cn.qinglian.evaluation.scoring.Rankings;
import cn.qinglian.evaluation.scoring.Subjects;
import cn.qinglian.evaluation.ui.Messages;

/**
 * 考核排名: one assessment round at a time — scores of every entry per criterion (entered criteria are
 * edited in place, each edit one undoable command), the weighted total and the rank in its ranking
 * group; proposes 末位 accountability from the last places.
 */
public class AssessmentView extends EvaluationView {

    public static final String ID = "cn.qinglian.evaluation.ui.views.assessment";

    /** A row: one place of one ranking group. */
    record Row(Ranking ranking, RankedEntry place) {
        CriterionScore score(Criterion criterion) {
            return place.score().criteria().stream().filter(c -> c.criterion() == criterion).findFirst().orElse(null);
        }
    }

    private final ComputedCriterionRegistry computed = new ComputedCriterionRegistry(Platform.getExtensionRegistry());
    private Combo assessments;
    private TableViewer table;
    private Assessment shownColumnsOf;
    private final List<Assessment> choices = new ArrayList<>();

    @Override
    void createHeader(Composite header) {
        assessments = new Combo(header, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.swtDefaults().hint(320, SWT.DEFAULT).applyTo(assessments);
        assessments.addListener(SWT.Selection, event -> refresh());
        button(header, Messages.get("proposeLastPlaces"), this::proposeLastPlaces);
    }

    @Override
    void createContent(Composite parent) {
        table = table(parent);
        getSite().setSelectionProvider(new EntrySelection(table));
    }

    /** The assessment shown (the one picked, else the first). */
    public Assessment assessment() {
        int index = assessments.getSelectionIndex();
        return index >= 0 && index < choices.size() ? choices.get(index) : choices.isEmpty() ? null : choices.get(0);
    }

    /** Shows {@code assessment}. */
    public void show(Assessment assessment) {
        int index = choices.indexOf(assessment);
        if (index >= 0) {
            assessments.select(index);
            refresh();
        }
    }

    /** The table, for tests. */
    public TableViewer table() {
        return table;
    }

    Rankings rankings() {
        return new Rankings(new AssessmentScoring(session().organisation(), computed));
    }

    @Override
    void refresh() {
        Assessment selected = assessment();
        choices.clear();
        evaluation().ifPresent(e -> choices.addAll(e.getAssessments()));
        assessments.setItems(choices.stream().map(Assessment::getName).toArray(String[]::new));
        Assessment shown = choices.contains(selected) ? selected : choices.isEmpty() ? null : choices.get(0);
        if (shown != null) {
            assessments.select(choices.indexOf(shown));
        }
        if (shown != shownColumnsOf) {
            createColumns(shown);
        }
        List<Row> rows = new ArrayList<>();
        if (shown != null) {
            for (Ranking ranking : rankings().of(shown)) {
                ranking.places().forEach(place -> rows.add(new Row(ranking, place)));
            }
        }
        table.setInput(rows);
        assessments.getParent().layout();
    }

    private void createColumns(Assessment assessment) {
        for (TableColumn column : table.getTable().getColumns()) {
            column.dispose();
        }
        shownColumnsOf = assessment;
        column(table, Messages.get("column.group"), 110, Row.class, r -> r.ranking().group());
        column(table, Messages.get("column.rank"), 50, Row.class, r -> r.place().rank());
        column(table, Messages.get("column.subject"), 150, Row.class, r -> Subjects.name(r.place().score().entry()));
        if (assessment != null && assessment.getCriteriaSet() != null) {
            for (Criterion criterion : assessment.getCriteriaSet().getCriteria()) {
                TableViewerColumn column = column(table, criterion.getName(), 90, Row.class, r -> {
                    CriterionScore score = r.score(criterion);
                    return score == null || score.value() == null ? "—" : format(score.value());
                });
                if (criterion.getComputedBy() == null || criterion.getComputedBy().isBlank()) {
                    column.setEditingSupport(new ScoreEditing(table, criterion, session()));
                }
            }
        }
        column(table, Messages.get("column.total"), 70, Row.class, r -> r.place().score().total());
        column(table, Messages.get("column.complete"), 60, Row.class,
                r -> r.place().score().complete() ? "" : Messages.get("incomplete"));
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private void proposeLastPlaces() {
        Assessment assessment = assessment();
        if (assessment == null || evaluation().isEmpty()) {
            return;
        }
        List<AccountabilityRecord> records = new LastPlaceProposals(rankings(), () -> UUID.randomUUID().toString())
                .propose(assessment, LocalDate.now().isBefore(asOf()) ? LocalDate.now() : asOf());
        if (!records.isEmpty()) {
            execute(org.eclipse.emf.edit.command.AddCommand.create(session().editingDomain(), evaluation().get(),
                    EvaluationPackage.Literals.EVALUATION__ACCOUNTABILITY_RECORDS, records));
        }
        status(Messages.get("lastPlacesProposed", records.size()));
    }

    @Override
    List<Sheet> sheets(EvaluationTexts texts) {
        Assessment assessment = assessment();
        return assessment == null ? List.of(new Sheet(getPartName(), List.of()))
                : List.of(new EvaluationExports(texts).rankings(assessment, rankings()));
    }
}
