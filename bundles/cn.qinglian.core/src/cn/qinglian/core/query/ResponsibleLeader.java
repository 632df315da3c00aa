package cn.qinglian.core.query;

import java.util.List;

import cn.qinglian.model.Person;
import cn.qinglian.model.Post;

/**
 * A leader answerable for what happens in a post (一案双查): the leader's post, the people holding it
 * on the date asked about (empty when vacant) and why the leader is responsible.
 */
public record ResponsibleLeader(Post post, List<Person> holders, Responsibility responsibility) {

    /** Why a leader is responsible for a post. */
    public enum Responsibility {
        /** The head (一把手) of the post's unit, or of its nearest ancestor with a head. */
        HEAD_OF_UNIT,
        /** A leader in charge (分管领导) of the post's unit or of its nearest ancestor in someone's charge. */
        LEADER_IN_CHARGE
    }

    public ResponsibleLeader {
        holders = List.copyOf(holders);
    }
}
