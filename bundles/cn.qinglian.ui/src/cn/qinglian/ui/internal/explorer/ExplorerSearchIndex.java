package cn.qinglian.ui.internal.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import cn.qinglian.core.query.PinyinInitials;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Post;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;

/**
 * Everything the explorer's filter can find, with its text in lower case, built once per model state
 * so that a keystroke only scans strings: every unit, post, current holder, person, reporting line and
 * charge assignment. The pinyin initials of the texts are added later, off the UI thread
 * ({@link #computeInitials}); until then only the texts are searched.
 */
final class ExplorerSearchIndex {

    private final Object[] elements;
    private final String[] texts;
    private volatile String[] initials;

    private ExplorerSearchIndex(List<Object> elements) {
        this.elements = elements.toArray();
        this.texts = new String[this.elements.length];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = ExplorerTree.text(this.elements[i]).toLowerCase(Locale.ROOT);
        }
    }

    /** The index of {@code organisation}, holders counted when {@code current}. */
    static ExplorerSearchIndex of(Organisation organisation, Predicate<Tenure> current) {
        List<Object> elements = new ArrayList<>();
        organisation.getUnits().forEach(unit -> addUnit(unit, current, elements));
        elements.addAll(organisation.getPeople());
        elements.addAll(organisation.getReportingLines());
        elements.addAll(organisation.getChargeAssignments());
        return new ExplorerSearchIndex(elements);
    }

    private static void addUnit(Unit unit, Predicate<Tenure> current, List<Object> elements) {
        elements.add(unit);
        for (Post post : unit.getPosts()) {
            elements.add(post);
            for (Tenure tenure : post.getTenures()) {
                if (current.test(tenure)) {
                    elements.add(tenure);
                }
            }
        }
        unit.getChildren().forEach(child -> addUnit(child, current, elements));
    }

    /** Adds the pinyin initials of every text; safe to call from any thread (reads only the texts). */
    void computeInitials(PinyinInitials pinyin) {
        String[] computed = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            computed[i] = pinyin.of(texts[i]);
        }
        initials = computed;
    }

    boolean hasInitials() {
        return initials != null;
    }

    /**
     * The elements whose text contains {@code needle} (lower case), or whose pinyin initials do when
     * the needle can be initials and they are known.
     */
    List<Object> find(String needle) {
        String[] byInitials = PinyinInitials.looksLikeInitials(needle) ? initials : null;
        List<Object> found = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            if (texts[i].contains(needle) || byInitials != null && byInitials[i].contains(needle)) {
                found.add(elements[i]);
            }
        }
        return found;
    }

    int size() {
        return elements.length;
    }
}
