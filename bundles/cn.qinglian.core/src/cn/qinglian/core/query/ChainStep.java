package cn.qinglian.core.query;

import cn.qinglian.model.Party;
import cn.qinglian.model.ReportingLine;

/**
 * One party on the way a report travels upwards, and how the report got there: {@code line} is the
 * reporting line followed, or {@code null} for the start and for steps taken along the unit hierarchy.
 */
public record ChainStep(Party party, ReportingLine line, Hop hop) {

    /** How a step was reached. */
    public enum Hop {
        /** The post the chain starts from. */
        START,
        /** Followed a reporting line (INTERNAL, LINE or LEVEL) from the previous party. */
        REPORTING_LINE,
        /** No usable line: went to the head post of the unit hierarchy (see {@link ReportingChains}). */
        HEAD_OF_UNIT
    }
}
