package cn.qinglian.core.query;

import java.time.LocalDate;

/** A calendar period in which one report is expected; both days belong to it. */
public record ReportPeriod(LocalDate first, LocalDate last) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    @Override
    public String toString() {
        return first + ".." + last;
    }
}
