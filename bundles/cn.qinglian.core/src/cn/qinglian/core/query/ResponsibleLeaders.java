package cn.qinglian.core.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.qinglian.core.query.ResponsibleLeader.Responsibility;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;

/**
 * Finds the responsible leaders of a post for "one case, two investigations" (一案双查: the offender
 * and the responsible leader):
 * <ol>
 * <li>the head of the post's unit (its HEAD post, or the one of the nearest ancestor unit that has a
 * HEAD post, as for sections), unless the post is itself a HEAD post;</li>
 * <li>the leaders in charge (分管) on the date: the leaders of the charge assignments in force for the
 * post's unit or, when none names it, for its nearest ancestor that has one.</li>
 * </ol>
 * The post itself is never its own responsible leader, and a post appears once (as head first).
 */
public final class ResponsibleLeaders {

    private final Charges charges;

    public ResponsibleLeaders(OrganisationIndex index) {
        this.charges = new Charges(index);
    }

    /** The responsible leaders of {@code post} on {@code asOf}, head first, with their holders then. */
    public List<ResponsibleLeader> of(Post post, LocalDate asOf) {
        List<ResponsibleLeader> leaders = new ArrayList<>();
        if (post.getUnit() == null) {
            return leaders;
        }
        if (post.getRole() != PostRole.HEAD) {
            Optional<Post> head = Units.nearestHeadPost(post.getUnit(), asOf);
            head.filter(h -> h != post).ifPresent(
                    h -> leaders.add(new ResponsibleLeader(h, Posts.holders(h, asOf), Responsibility.HEAD_OF_UNIT)));
        }
        for (Post leader : charges.leadersInCharge(post.getUnit(), asOf)) {
            boolean listed = leaders.stream().anyMatch(l -> l.post() == leader);
            if (leader != post && !listed) {
                leaders.add(new ResponsibleLeader(leader, Posts.holders(leader, asOf),
                        Responsibility.LEADER_IN_CHARGE));
            }
        }
        return leaders;
    }
}
