package cn.qinglian.core.query;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import cn.qinglian.model.Organisation;
import cn.qinglian.model.Party;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.Unit;

/** Navigation of the unit tree and its heads (一把手). */
public final class Units {

    private static final Comparator<Party> DOCUMENT_ORDER = Comparator.nullsLast(
            Comparator.comparing(Units::position, Comparator.nullsLast(Arrays::compare)));

    private Units() {
    }

    /**
     * Units and posts in the order of the document: a unit before its posts, its posts before its
     * children, siblings in list order; parties outside an organisation last. Each comparison walks up
     * the tree, so sort a few parties with it, not the whole organisation.
     */
    public static Comparator<Party> documentOrder() {
        return DOCUMENT_ORDER;
    }

    /** Child indices from the top unit down; a post adds -1 and its index; null outside an organisation. */
    private static int[] position(Party party) {
        Deque<Integer> path = new ArrayDeque<>();
        Unit unit = party instanceof Post post ? post.getUnit() : (Unit) party;
        if (unit == null) {
            return null;
        }
        if (party instanceof Post post) {
            path.push(unit.getPosts().indexOf(post));
            path.push(-1);
        }
        Unit top = unit;
        while (top.getParent() != null) {
            path.push(top.getParent().getChildren().indexOf(top));
            top = top.getParent();
        }
        if (!(top.eContainer() instanceof Organisation organisation)) {
            return null;
        }
        path.push(organisation.getUnits().indexOf(top));
        return path.stream().mapToInt(Integer::intValue).toArray();
    }

    /** {@code unit}, its parent, ... up to the top unit. */
    public static List<Unit> ancestorsOrSelf(Unit unit) {
        List<Unit> result = new ArrayList<>();
        for (Unit u = unit; u != null; u = u.getParent()) {
            result.add(u);
        }
        return result;
    }

    /** {@code unit} and all units below it, parents before children, siblings in document order. */
    public static List<Unit> subtree(Unit unit) {
        List<Unit> result = new ArrayList<>();
        Deque<Unit> pending = new ArrayDeque<>();
        pending.push(unit);
        while (!pending.isEmpty()) {
            Unit next = pending.pop();
            result.add(next);
            List<Unit> children = next.getChildren();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return result;
    }

    /** Whether {@code unit} is {@code ancestor} or lies below it. */
    public static boolean isWithin(Unit unit, Unit ancestor) {
        for (Unit u = unit; u != null; u = u.getParent()) {
            if (u == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The posts of {@code unit} whose role is {@link PostRole#HEAD}, in document order. */
    public static List<Post> headPosts(Unit unit) {
        List<Post> heads = new ArrayList<>();
        for (Post post : unit.getPosts()) {
            if (post.getRole() == PostRole.HEAD) {
                heads.add(post);
            }
        }
        return heads;
    }

    /**
     * The head post of {@code unit}: the first HEAD post held on {@code asOf}, else the first HEAD post
     * (vacant); empty when the unit has no HEAD post.
     */
    public static Optional<Post> headPost(Unit unit, LocalDate asOf) {
        List<Post> heads = headPosts(unit);
        for (Post head : heads) {
            if (!Posts.currentTenures(head, asOf).isEmpty()) {
                return Optional.of(head);
            }
        }
        return heads.stream().findFirst();
    }

    /**
     * The head post of {@code unit} or, when it has none (sections usually have none), of its nearest
     * ancestor that has one.
     */
    public static Optional<Post> nearestHeadPost(Unit unit, LocalDate asOf) {
        for (Unit u = unit; u != null; u = u.getParent()) {
            Optional<Post> head = headPost(u, asOf);
            if (head.isPresent()) {
                return head;
            }
        }
        return Optional.empty();
    }
}
