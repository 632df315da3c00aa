package cn.qinglian.core.validation.rules;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.core.query.Units;
import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Party;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Unit;

/**
 * {@value #ID}: every staff post (STAFF, ENFORCEMENT_OFFICER, SECTION_HEAD) reaches a HEAD post of its
 * unit by internal reporting (staff → section head → leadership member → head). The head is the one
 * of the post's unit or, when that unit has no HEAD post (a section), of the nearest unit above that
 * has one. INTERNAL lines are followed from reporter to hearer, MUTUAL lines (leadership member and
 * head) either way; a line to a unit counts as a line to the unit's HEAD posts. Posts without any head
 * above them are left to {@code unit.single-head}.
 * <p>
 * For speed, the posts reaching a unit's heads are found once per unit by one backward search from
 * its heads.
 */
public final class StaffReachesHeadRule extends BuiltInRule {

    public static final String ID = "post.reaches-head";

    /** The post does not reach its head; data: the post, the head post. */
    public static final int HEAD_NOT_REACHED = 1;

    private static final Set<PostRole> STAFF_ROLES =
            EnumSet.of(PostRole.STAFF, PostRole.ENFORCEMENT_OFFICER, PostRole.SECTION_HEAD);

    public StaffReachesHeadRule() {
        super(ID, Diagnostic.WARNING);
    }

    @Override
    public void check(Organisation organisation, RuleContext context) {
        OrganisationIndex index = context.index();
        Map<Unit, Set<Post>> reachingHeadsOf = new HashMap<>();
        Map<Unit, Unit> headedUnitOf = new HashMap<>();
        for (Post post : index.posts()) {
            if (!STAFF_ROLES.contains(post.getRole())) {
                continue;
            }
            Unit headed = headedUnitOf.computeIfAbsent(post.getUnit(), StaffReachesHeadRule::nearestHeaded);
            if (headed == null) {
                continue;
            }
            Set<Post> reaching = reachingHeadsOf.computeIfAbsent(headed, unit -> reaching(unit, index));
            if (!reaching.contains(post)) {
                Post head = Units.headPost(headed, context.asOf()).orElseThrow();
                context.report(HEAD_NOT_REACHED, message(context, "notReached", post, head), post, head);
            }
        }
    }

    private static Unit nearestHeaded(Unit unit) {
        for (Unit u = unit; u != null; u = u.getParent()) {
            if (!Units.headPosts(u).isEmpty()) {
                return u;
            }
        }
        return null;
    }

    /** The posts from which internal reporting leads to a HEAD post of {@code unit}, heads included. */
    private static Set<Post> reaching(Unit unit, OrganisationIndex index) {
        List<Post> heads = Units.headPosts(unit);
        Set<Post> reached = new HashSet<>(heads);
        Deque<Post> pending = new ArrayDeque<>(heads);
        List<ReportingLine> toUnit = index.linesTo(unit);
        while (!pending.isEmpty()) {
            Post post = pending.poll();
            visitReporters(index.linesTo(post), reached, pending);
            if (post.getUnit() == unit && post.getRole() == PostRole.HEAD) {
                visitReporters(toUnit, reached, pending);
            }
            for (ReportingLine line : index.linesFrom(post)) {
                if (line.getKind() == ReportingKind.MUTUAL) {
                    visit(line.getTo(), reached, pending);
                }
            }
        }
        return reached;
    }

    private static void visitReporters(List<ReportingLine> lines, Set<Post> reached, Deque<Post> pending) {
        for (ReportingLine line : lines) {
            if (line.getKind() == ReportingKind.INTERNAL || line.getKind() == ReportingKind.MUTUAL) {
                visit(line.getFrom(), reached, pending);
            }
        }
    }

    private static void visit(Party party, Set<Post> reached, Deque<Post> pending) {
        if (party instanceof Post post && reached.add(post)) {
            pending.add(post);
        }
    }
}
