package cn.qinglian.core.query;

import java.util.List;

import cn.qinglian.model.Party;
import cn.qinglian.model.ReportingLine;

/**
 * A reporting line whose reporter did not report in some of the periods its cadence asks for.
 *
 * @param line the line
 * @param expected how many periods of the cadence lay in the range asked about
 * @param missing the periods without a report on the line, in date order
 */
public record ReportGap(ReportingLine line, int expected, List<ReportPeriod> missing) {

    public ReportGap {
        missing = List.copyOf(missing);
    }

    /** Who should have reported: the {@code from} end of the line. */
    public Party reporter() {
        return line.getFrom();
    }
}
