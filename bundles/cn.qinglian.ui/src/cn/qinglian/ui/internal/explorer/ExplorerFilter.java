package cn.qinglian.ui.internal.explorer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One filter text applied to the whole organisation at once: the objects whose text (or pinyin
 * initials, see {@link ExplorerSearchIndex}) contains it, ignoring case, and the objects to show — the
 * matches and everything above them. Costs a scan of the index's strings plus the matches' ancestors.
 */
final class ExplorerFilter {

    private final Set<Object> matched;
    private final Set<Object> visible = new HashSet<>();

    ExplorerFilter(ExplorerSearchIndex index, String text, UnaryOperator<Object> parentOf) {
        matched = new HashSet<>(index.find(text.toLowerCase(Locale.ROOT)));
        for (Object match : matched) {
            for (Object node = match; node != null && visible.add(node); node = parentOf.apply(node)) {
                // adds the match and its ancestors up to the first one already shown
            }
        }
    }

    /** The objects whose text contains the filter text. */
    Set<Object> matched() {
        return matched;
    }

    /** Whether {@code element} is a match or lies above one. */
    boolean isVisible(Object element) {
        return visible.contains(element);
    }
}
