package cn.qinglian.core.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

/**
 * A generated unit with its posts sorted by what they are for: the head (for a section, the section
 * head), leadership members, the discipline secretary, posts held by several people, and sections.
 */
final class BuiltUnit {

    private final Unit unit;
    private final Family family;
    private Post head;
    private Post discipline;
    private final List<Post> deputies = new ArrayList<>();
    private final List<SharedPost> shared = new ArrayList<>();
    private final List<BuiltUnit> sections = new ArrayList<>();

    BuiltUnit(Unit unit, Family family) {
        this.unit = unit;
        this.family = family;
    }

    Unit unit() {
        return unit;
    }

    Family family() {
        return family;
    }

    /** The post that leads the unit: its HEAD post, or the SECTION_HEAD post of a section. */
    Post head() {
        return head;
    }

    void head(Post post) {
        this.head = post;
    }

    Optional<Post> discipline() {
        return Optional.ofNullable(discipline);
    }

    void discipline(Post post) {
        this.discipline = post;
    }

    List<Post> deputies() {
        return deputies;
    }

    List<SharedPost> shared() {
        return shared;
    }

    List<BuiltUnit> sections() {
        return sections;
    }

    /** Posts one person holds at a time: head, leadership members, discipline secretary. */
    List<Post> singlePosts() {
        List<Post> posts = new ArrayList<>();
        if (head != null) {
            posts.add(head);
        }
        posts.addAll(deputies);
        if (discipline != null) {
            posts.add(discipline);
        }
        return posts;
    }

    /** This unit and its sections, the unit first. */
    List<BuiltUnit> withSections() {
        List<BuiltUnit> all = new ArrayList<>();
        all.add(this);
        all.addAll(sections);
        return all;
    }
}
