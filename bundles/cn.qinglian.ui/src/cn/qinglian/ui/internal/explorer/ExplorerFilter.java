package cn.qinglian.ui.internal.explorer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import cn.qinglian.model.Organisation;
import cn.qinglian.model.Post;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;

/**
 * One filter text applied to the whole organisation at once: the objects whose text contains it
 * (ignoring case) and the objects to show — the matches and everything above them. A walk over every
 * unit, post, current holder and folder member, linear in the size of the organisation.
 */
final class ExplorerFilter {

    private final String needle;
    private final Predicate<Tenure> current;
    private final Set<Object> matched = new HashSet<>();
    private final Set<Object> visible = new HashSet<>();

    ExplorerFilter(Organisation organisation, String text, Predicate<Tenure> current) {
        this.needle = text.toLowerCase(Locale.ROOT);
        this.current = current;
        organisation.getUnits().forEach(this::visitUnit);
        visitGroup(ExplorerGroup.PEOPLE, organisation.getPeople());
        visitGroup(ExplorerGroup.REPORTING_LINES, organisation.getReportingLines());
        visitGroup(ExplorerGroup.CHARGE_ASSIGNMENTS, organisation.getChargeAssignments());
    }

    /** The objects whose text contains the filter text. */
    Set<Object> matched() {
        return matched;
    }

    /** Whether {@code element} is a match or lies above one. */
    boolean isVisible(Object element) {
        return visible.contains(element);
    }

    private boolean visitUnit(Unit unit) {
        boolean any = match(unit);
        for (Unit child : unit.getChildren()) {
            any |= visitUnit(child);
        }
        for (Post post : unit.getPosts()) {
            any |= visitPost(post);
        }
        return reveal(unit, any);
    }

    private boolean visitPost(Post post) {
        boolean any = match(post);
        for (Tenure tenure : post.getTenures()) {
            if (current.test(tenure)) {
                any |= reveal(tenure, match(tenure));
            }
        }
        return reveal(post, any);
    }

    private void visitGroup(ExplorerGroup group, List<?> members) {
        boolean any = false;
        for (Object member : members) {
            any |= reveal(member, match(member));
        }
        reveal(group, any);
    }

    private boolean match(Object element) {
        if (ExplorerTree.text(element).toLowerCase(Locale.ROOT).contains(needle)) {
            matched.add(element);
            return true;
        }
        return false;
    }

    private boolean reveal(Object element, boolean shown) {
        if (shown) {
            visible.add(element);
        }
        return shown;
    }
}
