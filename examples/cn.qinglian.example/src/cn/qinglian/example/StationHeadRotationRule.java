package cn.qinglian.example;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.core.validation.ValidationRule;
import cn.qinglian.example.StationHeads.StationHead;
import cn.qinglian.model.Organisation;

/**
 * {@value #ID}: the head of a station (基层站所) should rotate (交流轮岗) after {@value #YEARS} years in the
 * same post. A warning per head due, with the station and the tenure as data.
 */
public class StationHeadRotationRule implements ValidationRule {

    public static final String ID = "example.station-head-rotation";

    /** Full years in the post after which the rule warns. */
    public static final int YEARS = 5;

    /** A station head in post for {@value #YEARS} years or more; data: the station, the tenure. */
    public static final int DUE = 1;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int defaultSeverity() {
        return Diagnostic.WARNING;
    }

    @Override
    public void check(Organisation organisation, RuleContext context) {
        for (StationHead head : StationHeads.of(context.index().units(), context.asOf())) {
            if (head.years() >= YEARS) {
                context.report(DUE, ExampleMessages.format(context.locale(), "rotationDue", head.station(),
                        head.head().getPerson().getName(), head.since(), head.years()), head.station(), head.head());
            }
        }
    }
}
