package cn.qinglian.evaluation.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import cn.qinglian.evaluation.model.AccountabilityCategory;
import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.ui.EvaluationPerspective;
import cn.qinglian.evaluation.ui.views.AccountabilityView;
import cn.qinglian.evaluation.ui.views.AppraisalView;
import cn.qinglian.evaluation.ui.views.AssessmentView;
import cn.qinglian.evaluation.ui.views.DutyReportsView;
import cn.qinglian.evaluation.ui.views.RotationAlertsView;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.testing.RunningWorkbench;
import cn.qinglian.ui.testing.Screenshots;
import cn.qinglian.ui.testing.Ui;

/**
 * One assessment round in the real workbench on the L-district sample: the year-end ranking of the 31
 * stations, a score typed into the table moves a station up (one undoable command), 末位 proposed for the
 * new last place, undo takes both back; screenshots of the assessment and rotation views.
 */
class AssessmentRoundTest {

    private static final LocalDate SAMPLE_DAY = LocalDate.of(2019, 12, 31);

    @Test
    void yearEndRoundScoresRanksAndProposesLastPlaces() throws Exception {
        RunningWorkbench.run(List.of("--workspace", Ui.copyOfSample().toString()), workbench -> {
            IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
            workbench.showPerspective(EvaluationPerspective.ID, workbench.getActiveWorkbenchWindow());
            AssessmentView view = (AssessmentView) page.showView(AssessmentView.ID);
            WorkspaceSession session = view.getSite().getService(WorkspaceSession.class);
            Evaluation evaluation = session.model().part(Evaluation.class).orElseThrow();
            Assessment yearEnd = evaluation.getAssessments().get(1);
            view.setAsOf(SAMPLE_DAY);
            view.show(yearEnd);
            TableViewer table = view.table();
            assertEquals(31, table.getTable().getItemCount());
            assertEquals("2019年年终考核（基层站所）", yearEnd.getName());
            List<String> headers = java.util.Arrays.stream(table.getTable().getColumns()).map(c -> c.getText()).toList();
            assertEquals(List.of("排名范围", "名次", "考核对象", "党风廉政建设", "依法履职", "作风效能", "群众和企业满意度", "问责记录",
                    "总分", "评分"), headers);

            // the last station of the first group gets 100 in each entered criterion, typed into the cells
            String group = table.getTable().getItem(0).getText(0);
            int last = lastRowOf(table, group);
            String station = table.getTable().getItem(last).getText(2);
            String before = table.getTable().getItem(last).getText(8);
            for (int column = 3; column <= 6; column++) {
                table.editElement(table.getElementAt(rowOf(table, station)), column);
                Text editor = findText(table.getTable());
                editor.setText("100");
                table.applyEditorValue();
                int edited = column;
                Ui.waitFor(workbench.getDisplay(),
                        () -> "100".equals(table.getTable().getItem(rowOf(table, station)).getText(edited)));
            }
            assertTrue(session.isDirty());
            int now = rowOf(table, station);
            assertEquals("100", table.getTable().getItem(now).getText(3));
            assertEquals("100.00", table.getTable().getItem(now).getText(8));
            assertEquals("1", table.getTable().getItem(now).getText(1));
            assertNotEquals(before, table.getTable().getItem(now).getText(8));
            assertTrue(now < last, station + " moved up from row " + last + " to " + now);

            long lastPlacesBefore = lastPlaces(evaluation);
            Button propose = findButton(view, "提出末位问责");
            propose.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            Ui.waitFor(workbench.getDisplay(), () -> lastPlaces(evaluation) > lastPlacesBefore);
            assertEquals(lastPlacesBefore + 1, lastPlaces(evaluation), "the new last station of " + group);

            Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()),
                    "evaluation-assessment-round");
            for (int undo = 0; undo < 5; undo++) { // the proposal, then the four scores
                session.commandStack().undo();
            }
            Ui.waitFor(workbench.getDisplay(), () -> !session.isDirty()
                    && station.equals(table.getTable().getItem(last).getText(2)));
            assertEquals(lastPlacesBefore, lastPlaces(evaluation));
            assertEquals(station, table.getTable().getItem(last).getText(2));
            assertEquals(before, table.getTable().getItem(last).getText(8));

            // the next round: the 2020 mid-year check of the same stations, nothing scored yet; undone again
            Assessment next = view.startNextRound();
            Screenshots.settle(workbench.getDisplay(), 300);
            assertEquals("2020年年中检查（基层站所）", next.getName());
            assertEquals(next, view.assessment());
            assertEquals(31, table.getTable().getItemCount());
            assertEquals("未评完", table.getTable().getItem(0).getText(9));
            session.commandStack().undo();
            Screenshots.settle(workbench.getDisplay(), 300);
            assertEquals(3, evaluation.getAssessments().size());

            RotationAlertsView rotation = (RotationAlertsView) page.showView(RotationAlertsView.ID);
            rotation.setAsOf(SAMPLE_DAY);
            Screenshots.settle(workbench.getDisplay(), 300);
            Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()),
                    "evaluation-rotation-alerts");
            Path export = Files.createTempDirectory("evaluation-export").resolve("rotation.xlsx");
            rotation.exportTo(export);
            assertTrue(Files.size(export) > 1000);

            // the sample's appraisal is closed: a late ballot is refused and the tally stays as it was
            AppraisalView appraisal = (AppraisalView) page.showView(AppraisalView.ID);
            var closed = evaluation.getAppraisals().get(0);
            int ballots = closed.getBallots().size();
            assertFalse(appraisal.cast(closed, closed.getIssuedTokens().get(39),
                    java.util.Map.of(closed.getCandidates().get(0), cn.qinglian.evaluation.model.AppraisalGrade.EXCELLENT)));
            assertEquals(ballots, closed.getBallots().size());

            // a new accountability record is one command, selected for the property sheet; then failure to hold
            // accountable goes to the responsible leaders of the person filled in
            AccountabilityView register = (AccountabilityView) page.showView(AccountabilityView.ID);
            register.setAsOf(SAMPLE_DAY);
            int records = evaluation.getAccountabilityRecords().size();
            var record = register.newRecord();
            assertEquals(records + 1, evaluation.getAccountabilityRecords().size());
            assertEquals(SAMPLE_DAY, record.getDate());
            assertEquals(record, ((org.eclipse.jface.viewers.IStructuredSelection) register.getSite().getSelectionProvider()
                    .getSelection()).getFirstElement());
            session.commandStack().undo();
            assertEquals(records, evaluation.getAccountabilityRecords().size());

            DutyReportsView duty = (DutyReportsView) page.showView(DutyReportsView.ID);
            duty.setAsOf(LocalDate.of(2020, 7, 1));
            Screenshots.settle(workbench.getDisplay(), 300);
            Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()),
                    "evaluation-duty-reports");
        });
    }

    private static long lastPlaces(Evaluation evaluation) {
        return evaluation.getAccountabilityRecords().stream()
                .filter(r -> r.getCategory() == AccountabilityCategory.LAST_PLACE).count();
    }

    private static int lastRowOf(TableViewer table, String group) {
        int last = -1;
        for (int i = 0; i < table.getTable().getItemCount(); i++) {
            if (table.getTable().getItem(i).getText(0).equals(group)) {
                last = i;
            }
        }
        return last;
    }

    private static int rowOf(TableViewer table, String subject) {
        for (int i = 0; i < table.getTable().getItemCount(); i++) {
            if (table.getTable().getItem(i).getText(2).equals(subject)) {
                return i;
            }
        }
        throw new AssertionError(subject + " not in the table");
    }

    private static Text findText(org.eclipse.swt.widgets.Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Text text && !text.isDisposed() && text.isVisible()) {
                return text;
            }
        }
        throw new AssertionError("no cell editor open");
    }

    private static Button findButton(AssessmentView view, String label) {
        Control control = view.table().getControl().getParent();
        return find(control, label);
    }

    private static Button find(Control control, String label) {
        if (control instanceof Button button && label.equals(button.getText())) {
            return button;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = find(child, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
