package cn.qinglian.core.query;

import java.time.LocalDate;

import cn.qinglian.model.ChargeAssignment;
import cn.qinglian.model.Tenure;

/**
 * When dated model objects are in force. Every period is half-open, {@code [start, end)}: the start
 * day belongs to it, the end day does not (on its end day a person no longer holds the post, so a
 * successor may start the same day). A missing start means "since always", a missing end "still
 * running".
 */
public final class Dated {

    private Dated() {
    }

    /** Whether the period {@code [start, end)} contains {@code date}. */
    public static boolean covers(LocalDate start, LocalDate end, LocalDate date) {
        return (start == null || !date.isBefore(start)) && (end == null || date.isBefore(end));
    }

    /** Whether {@code tenure} is held on {@code asOf}. */
    public static boolean isCurrent(Tenure tenure, LocalDate asOf) {
        return covers(tenure.getStart(), tenure.getEnd(), asOf);
    }

    /** Whether {@code assignment} is in force on {@code asOf}. */
    public static boolean isCurrent(ChargeAssignment assignment, LocalDate asOf) {
        return covers(assignment.getStart(), assignment.getEnd(), asOf);
    }
}
