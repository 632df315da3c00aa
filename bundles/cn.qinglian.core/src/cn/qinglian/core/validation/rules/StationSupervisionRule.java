package cn.qinglian.core.validation.rules;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.query.Charges;
import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * {@value #ID}: every station (站所) has a competent department (主管单位) and, on the date, a leader in
 * charge (分管): a charge assignment in force for the station or for one of the units above it.
 */
public final class StationSupervisionRule extends BuiltInRule {

    public static final String ID = "station.supervision";

    /** The station has no competent department; data: the station. */
    public static final int NO_COMPETENT_DEPARTMENT = 1;
    /** Nobody is in charge of the station or a unit above it; data: the station. */
    public static final int NO_LEADER_IN_CHARGE = 2;

    public StationSupervisionRule() {
        super(ID, Diagnostic.WARNING);
    }

    @Override
    public void check(Organisation organisation, RuleContext context) {
        Charges charges = new Charges(context.index());
        for (Unit unit : context.index().units()) {
            if (unit.getKind() != UnitKind.STATION) {
                continue;
            }
            if (unit.getCompetentDepartment() == null) {
                context.report(NO_COMPETENT_DEPARTMENT, message(context, "noCompetentDepartment", unit), unit);
            }
            if (charges.nearestCurrentAssignments(unit, context.asOf()).isEmpty()) {
                context.report(NO_LEADER_IN_CHARGE, message(context, "noLeaderInCharge", unit, context.asOf()), unit);
            }
        }
    }
}
