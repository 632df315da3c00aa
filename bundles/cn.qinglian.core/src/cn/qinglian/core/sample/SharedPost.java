package cn.qinglian.core.sample;

import cn.qinglian.model.Post;

/** A post several people hold at once, and how many of them hold it now. */
final class SharedPost {

    private final Post post;
    private final int weight;
    private int holders;

    SharedPost(Post post, int weight, int holders) {
        this.post = post;
        this.weight = weight;
        this.holders = holders;
    }

    Post post() {
        return post;
    }

    /** Share of the staff budget; 0 for posts whose number of holders is fixed (village committees). */
    int weight() {
        return weight;
    }

    int holders() {
        return holders;
    }

    void holders(int count) {
        this.holders = count;
    }
}
