package cn.qinglian.evaluation.talks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.model.ScheduledTalk;

/** Queries over the scheduled talks (定时约谈). */
public final class TalkSchedule {

    private TalkSchedule() {
    }

    /** Talks not held that are overdue or due within the reminder window, earliest due first. */
    public static List<ScheduledTalk> reminders(Evaluation evaluation, LocalDate asOf) {
        List<ScheduledTalk> due = new ArrayList<>();
        for (ScheduledTalk talk : evaluation.getTalks()) {
            if (TalkStatus.of(talk, asOf).reminded()) {
                due.add(talk);
            }
        }
        due.sort(Comparator.comparing(ScheduledTalk::getDueDate));
        return due;
    }

    /** Talks not held whose due date has passed, earliest due first. */
    public static List<ScheduledTalk> overdue(Evaluation evaluation, LocalDate asOf) {
        return reminders(evaluation, asOf).stream().filter(t -> TalkStatus.of(t, asOf) == TalkStatus.OVERDUE).toList();
    }

    /** Every talk: not held by due date first, then held ones by date of the talk, latest first. */
    public static List<ScheduledTalk> all(Evaluation evaluation) {
        List<ScheduledTalk> talks = new ArrayList<>(evaluation.getTalks());
        talks.sort(Comparator.comparing((ScheduledTalk t) -> t.getHeldOn() != null)
                .thenComparing(ScheduledTalk::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return talks;
    }
}
