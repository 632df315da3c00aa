package cn.qinglian.core.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.qinglian.model.ChargeAssignment;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

/** Queries about 分管: which leader is in charge of which units. */
public final class Charges {

    private final OrganisationIndex index;

    public Charges(OrganisationIndex index) {
        this.index = index;
    }

    /**
     * The units in the charge of the leader post {@code leader} on {@code asOf}: the units named by
     * its current assignments, in assignment order, each once; with {@code includeSubtrees} also every
     * unit below them (each named unit followed by its subtree).
     */
    public List<Unit> unitsInCharge(Post leader, LocalDate asOf, boolean includeSubtrees) {
        Set<Unit> units = new LinkedHashSet<>();
        for (ChargeAssignment assignment : index.chargesLedBy(leader)) {
            if (!Dated.isCurrent(assignment, asOf)) {
                continue;
            }
            for (Unit unit : assignment.getUnits()) {
                if (includeSubtrees) {
                    units.addAll(Units.subtree(unit));
                } else {
                    units.add(unit);
                }
            }
        }
        return List.copyOf(units);
    }

    /** The assignments naming {@code unit} itself that are in force on {@code asOf}. */
    public List<ChargeAssignment> currentAssignments(Unit unit, LocalDate asOf) {
        List<ChargeAssignment> current = new ArrayList<>(1);
        for (ChargeAssignment assignment : index.chargesOf(unit)) {
            if (Dated.isCurrent(assignment, asOf)) {
                current.add(assignment);
            }
        }
        return current;
    }

    /**
     * The assignments in force on {@code asOf} for {@code unit} or, when none names it, for its nearest
     * ancestor that has one; empty when no unit on the way up is in anyone's charge.
     */
    public List<ChargeAssignment> nearestCurrentAssignments(Unit unit, LocalDate asOf) {
        for (Unit u = unit; u != null; u = u.getParent()) {
            List<ChargeAssignment> current = currentAssignments(u, asOf);
            if (!current.isEmpty()) {
                return current;
            }
        }
        return List.of();
    }

    /** The leader posts of {@link #nearestCurrentAssignments(Unit, LocalDate)}, each once. */
    public List<Post> leadersInCharge(Unit unit, LocalDate asOf) {
        Set<Post> leaders = new LinkedHashSet<>();
        for (ChargeAssignment assignment : nearestCurrentAssignments(unit, asOf)) {
            if (assignment.getLeader() != null) {
                leaders.add(assignment.getLeader());
            }
        }
        return List.copyOf(leaders);
    }
}
