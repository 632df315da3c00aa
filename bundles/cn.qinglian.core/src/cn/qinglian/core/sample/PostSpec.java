package cn.qinglian.core.sample;

import cn.qinglian.model.PostRole;

/**
 * A post held by several people at once (科员, 民警, 执法队员 ...), with a weight that says how large
 * a share of a district's staff it takes compared with other such posts.
 */
record PostSpec(String title, PostRole role, int weight) {

    static PostSpec staff(String title, int weight) {
        return new PostSpec(title, PostRole.STAFF, weight);
    }

    static PostSpec officer(String title, int weight) {
        return new PostSpec(title, PostRole.ENFORCEMENT_OFFICER, weight);
    }
}
