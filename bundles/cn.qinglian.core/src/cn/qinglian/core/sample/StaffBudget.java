package cn.qinglian.core.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides how many people hold each shared post of a district's streets so that the streets,
 * their stations and their village committees have exactly the requested number of current staff.
 * Single posts and village committee members are fixed by the structure; the rest is split among
 * the shared posts by weight (with some variation between stations), at least one holder each.
 */
final class StaffBudget {

    private StaffBudget() {
    }

    static void apply(District district, int signers, SplittableRandom random) {
        List<SharedPost> open = new ArrayList<>();
        int fixed = 0;
        for (District.Street street : district.streets()) {
            for (BuiltUnit unit : street.signerUnits()) {
                fixed += unit.singlePosts().size();
                for (SharedPost post : unit.shared()) {
                    if (post.weight() == 0) {
                        fixed += post.holders();
                    } else {
                        open.add(post);
                    }
                }
            }
        }
        int extra = signers - fixed - open.size();
        if (extra < 0) {
            throw new IllegalArgumentException(district.plan().name() + " needs at least " + (fixed + open.size())
                    + " staff for its streets, stations and village committees, not " + signers);
        }
        if (open.isEmpty() && extra > 0) {
            throw new IllegalStateException(district.plan().name() + " has no shared post to staff");
        }
        distribute(open, extra, random);
    }

    /** Largest-remainder split of {@code extra} people on top of one holder per post. */
    private static void distribute(List<SharedPost> posts, int extra, SplittableRandom random) {
        double[] weights = new double[posts.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = posts.get(i).weight() * (0.7 + 0.6 * random.nextDouble());
            total += weights[i];
        }
        int given = 0;
        double[] remainders = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            double quota = extra * weights[i] / total;
            int whole = (int) Math.floor(quota);
            posts.get(i).holders(1 + whole);
            remainders[i] = quota - whole;
            given += whole;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < remainders.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int i = 0; i < extra - given; i++) {
            SharedPost post = posts.get(order.get(i));
            post.holders(post.holders() + 1);
        }
    }
}
