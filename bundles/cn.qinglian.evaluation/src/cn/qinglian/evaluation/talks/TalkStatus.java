package cn.qinglian.evaluation.talks;

import java.time.LocalDate;

import cn.qinglian.evaluation.model.ScheduledTalk;

/** Where a scheduled talk (定时约谈) stands on a date. */
public enum TalkStatus {
    /** Held (a date of the talk is recorded). */
    HELD,
    /** Not held and the due date has passed. */
    OVERDUE,
    /** Not held, due within the reminder window (today included). */
    DUE_SOON,
    /** Not held, due later (or no due date). */
    PLANNED;

    /** Reminder window of the workbench: talks due within this many days are reminded. */
    public static final int REMINDER_DAYS = 14;

    public static TalkStatus of(ScheduledTalk talk, LocalDate asOf) {
        return of(talk, asOf, REMINDER_DAYS);
    }

    public static TalkStatus of(ScheduledTalk talk, LocalDate asOf, int reminderDays) {
        if (talk.getHeldOn() != null) {
            return HELD;
        }
        LocalDate due = talk.getDueDate();
        if (due == null) {
            return PLANNED;
        }
        if (due.isBefore(asOf)) {
            return OVERDUE;
        }
        return due.isAfter(asOf.plusDays(reminderDays)) ? PLANNED : DUE_SOON;
    }

    /** Whether the talk needs attention: overdue or due soon. */
    public boolean reminded() {
        return this == OVERDUE || this == DUE_SOON;
    }
}
