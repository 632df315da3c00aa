package cn.qinglian.evaluation.ui.views;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;

import cn.qinglian.evaluation.EvaluationTexts;
import cn.qinglian.evaluation.export.EvaluationExports;
import cn.qinglian.evaluation.export.Sheet;
import cn.qinglian.evaluation.model.EvaluationPackage;
import cn.qinglian.evaluation.model.ScheduledTalk;
import cn.qinglian.evaluation.talks.TalkPlanner;
import cn.qinglian.evaluation.talks.TalkSchedule;
import cn.qinglian.evaluation.talks.TalkStatus;
import cn.qinglian.evaluation.ui.Messages;

/**
 * 定时约谈: the talks with frontline officers — pending ones by due date first, with their status on the
 * view's date; plans a talk (due in 30 days) for every officer without one, and records the selected
 * talks as held on the view's date (the record itself is written in the property sheet).
 */
public class TalksView extends EvaluationView {

    public static final String ID = "cn.qinglian.evaluation.ui.views.talks";
    private static final int PLAN_DAYS = 30;

    private TableViewer table;

    @Override
    void createHeader(Composite header) {
        button(header, Messages.get("planTalks"), this::planTalks);
        button(header, Messages.get("recordTalks"), this::recordTalks);
    }

    @Override
    void createContent(Composite parent) {
        table = table(parent);
        EvaluationTexts texts = new EvaluationTexts(Locale.getDefault());
        column(table, Messages.get("column.officer"), 90, ScheduledTalk.class,
                t -> t.getOfficer() == null ? null : t.getOfficer().getName());
        column(table, Messages.get("column.interviewer"), 90, ScheduledTalk.class,
                t -> t.getInterviewer() == null ? null : t.getInterviewer().getName());
        column(table, Messages.get("column.dueDate"), 90, ScheduledTalk.class, ScheduledTalk::getDueDate);
        column(table, Messages.get("column.status"), 80, ScheduledTalk.class, t -> texts.label(TalkStatus.of(t, asOf())));
        column(table, Messages.get("column.heldOn"), 90, ScheduledTalk.class, ScheduledTalk::getHeldOn);
        column(table, Messages.get("column.summary"), 320, ScheduledTalk.class, ScheduledTalk::getSummary);
        getSite().setSelectionProvider(table);
    }

    @Override
    void refresh() {
        table.setInput(evaluation().map(TalkSchedule::all).orElse(List.of()));
        int overdue = evaluation().map(e -> TalkSchedule.overdue(e, asOf()).size()).orElse(0);
        int due = evaluation().map(e -> TalkSchedule.reminders(e, asOf()).size()).orElse(0) - overdue;
        status(Messages.get("talksStatus", overdue, due));
    }

    private void planTalks() {
        if (evaluation().isEmpty()) {
            return;
        }
        List<ScheduledTalk> talks = new TalkPlanner(() -> UUID.randomUUID().toString()).plan(session().organisation(),
                evaluation().get(), asOf(), asOf().plusDays(PLAN_DAYS));
        if (!talks.isEmpty()) {
            execute(AddCommand.create(session().editingDomain(), evaluation().get(),
                    EvaluationPackage.Literals.EVALUATION__TALKS, talks));
        }
        status(Messages.get("talksPlanned", talks.size()));
    }

    private void recordTalks() {
        CompoundCommand command = new CompoundCommand();
        for (Object element : table.getStructuredSelection().toList()) {
            if (element instanceof ScheduledTalk talk && talk.getHeldOn() == null) {
                command.append(SetCommand.create(session().editingDomain(), talk,
                        EvaluationPackage.Literals.SCHEDULED_TALK__HELD_ON, asOf()));
            }
        }
        if (!command.isEmpty()) {
            execute(command.unwrap());
        }
    }

    @Override
    List<Sheet> sheets(EvaluationTexts texts) {
        return List.of(new EvaluationExports(texts).talks(evaluation().map(TalkSchedule::all).orElse(List.of()), asOf()));
    }
}
