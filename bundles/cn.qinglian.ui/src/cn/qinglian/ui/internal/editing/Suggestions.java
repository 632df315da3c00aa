package cn.qinglian.ui.internal.editing;

import cn.qinglian.model.Cadence;
import cn.qinglian.model.Party;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/** The values the "New …" dialogs start with, from where the new object goes. */
public final class Suggestions {

    private Suggestions() {
    }

    /** District at the top; below it the usual next level (district → department, street → village …). */
    public static UnitKind unitKindUnder(Object parent) {
        if (!(parent instanceof Unit unit)) {
            return UnitKind.DISTRICT;
        }
        return switch (unit.getKind()) {
            case DISTRICT -> UnitKind.DEPARTMENT;
            case LEADERSHIP_BODY, STATION, SECTION, VILLAGE_COMMITTEE, ASSOCIATION -> UnitKind.SECTION;
            case DEPARTMENT -> UnitKind.STATION;
            case STREET -> UnitKind.VILLAGE_COMMITTEE;
        };
    }

    /** The head (一把手) while the unit has none, then general staff. */
    public static PostRole postRoleIn(Unit unit) {
        for (Post post : unit.getPosts()) {
            if (post.getRole() == PostRole.HEAD) {
                return PostRole.STAFF;
            }
        }
        return PostRole.HEAD;
    }

    /** Units report level by level (逐级报告); people on posts report internally (内部报告). */
    public static ReportingKind reportingKindFrom(Party from) {
        return from instanceof Post ? ReportingKind.INTERNAL : ReportingKind.LEVEL;
    }

    public static Cadence cadence() {
        return Cadence.QUARTERLY;
    }
}
