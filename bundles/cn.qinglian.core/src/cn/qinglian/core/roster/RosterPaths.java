package cn.qinglian.core.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

/**
 * Textual paths of units and posts as roster files write them: a unit is the names from the top
 * unit down joined by {@code /} ({@code L区/区市场监管局/城东市场监管所}), a post is its unit's path,
 * {@code #} and its title ({@code L区/区市场监管局/城东市场监管所#所长}).
 */
final class RosterPaths {

    static final char UNIT_SEPARATOR = '/';
    static final char POST_SEPARATOR = '#';

    private RosterPaths() {
    }

    /** The unit names of {@code text}, trimmed; empty when a name is empty. */
    static Optional<List<String>> parseUnitPath(String text) {
        List<String> names = new ArrayList<>();
        for (String name : text.split(String.valueOf(UNIT_SEPARATOR), -1)) {
            if (name.isBlank()) {
                return Optional.empty();
            }
            names.add(name.strip());
        }
        return Optional.of(List.copyOf(names));
    }

    /** The post named by {@code text} ({@code unit_path#post_title}, split at the first #). */
    static Optional<String> parsePostPath(String text) {
        int separator = text.indexOf(POST_SEPARATOR);
        if (separator < 0 || text.substring(separator + 1).isBlank()) {
            return Optional.empty();
        }
        return parseUnitPath(text.substring(0, separator))
                .map(unit -> postPath(unitPath(unit), text.substring(separator + 1).strip()));
    }

    static String unitPath(List<String> names) {
        return String.join(String.valueOf(UNIT_SEPARATOR), names);
    }

    static String postPath(String unitPath, String title) {
        return unitPath + POST_SEPARATOR + title;
    }

    /** The paths of the units above and including the last name: a, a/b, a/b/c. */
    static List<String> prefixes(List<String> names) {
        List<String> prefixes = new ArrayList<>(names.size());
        for (int i = 1; i <= names.size(); i++) {
            prefixes.add(unitPath(names.subList(0, i)));
        }
        return prefixes;
    }

    static String pathOf(Unit unit) {
        return unit.getParent() == null ? unit.getName()
                : pathOf(unit.getParent()) + UNIT_SEPARATOR + unit.getName();
    }

    static String pathOf(Post post) {
        return postPath(pathOf(post.getUnit()), post.getName());
    }
}
