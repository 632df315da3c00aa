package cn.qinglian.ui.internal.explorer;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;

import cn.qinglian.core.query.PinyinInitials;
import cn.qinglian.model.ChargeAssignment;
import cn.qinglian.model.Named;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.QinglianPackage.Literals;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.provider.QinglianLabels;

/**
 * The shape of the explorer, computed only where the user looks: the organisation's top units, then the
 * roster, reporting lines and charge assignments as {@link ExplorerGroup}s; a unit holds its posts (by
 * role, then title) and its sub-units (by kind, then name); a post holds the tenures of its current
 * holders (by name). Names sort in Chinese order (pinyin, {@link Collator} for {@link Locale#CHINA}).
 * Children are sorted the first time a node is opened and kept until {@link #invalidate}; counting
 * them does not sort. More than {@value #RANGE_SIZE} children show as ranges. A filter keeps the objects
 * whose label contains the text, their ancestors and everything inside them.
 */
public final class ExplorerTree {

    /** The most children a node shows directly; longer lists are shown as {@link ExplorerRange}s. */
    public static final int RANGE_SIZE = 500;

    private final Organisation organisation;
    private final LocalDate today;
    private final Collator collator = Collator.getInstance(Locale.CHINA);
    private final Map<Object, List<Object>> children = new HashMap<>();
    private final Map<Object, List<Object>> sortedChildren = new HashMap<>();
    private final Map<Object, Map<Object, Integer>> positions = new HashMap<>();
    private String filter = "";
    private ExplorerFilter active;
    private ExplorerSearchIndex index;

    public ExplorerTree(Organisation organisation, LocalDate today) {
        this.organisation = organisation;
        this.today = today;
    }

    public Organisation root() {
        return organisation;
    }

    /**
     * The children of {@code parent} as shown: sorted, filtered when a filter is set, and cut into
     * {@link ExplorerRange}s when there are more than {@value #RANGE_SIZE}.
     */
    public List<Object> children(Object parent) {
        if (parent instanceof ExplorerRange range) {
            return all(range.parent()).subList(range.from(), range.to());
        }
        List<Object> all = all(parent);
        return all.size() > RANGE_SIZE ? ranges(parent, all.size()) : all;
    }

    /** How many children {@code parent} shows; without a filter this does not sort them. */
    public int childCount(Object parent) {
        if (parent instanceof ExplorerRange range) {
            return range.size();
        }
        List<Object> known = children.get(parent);
        int count = known != null ? known.size() : active == null ? rawChildren(parent).size() : all(parent).size();
        return count > RANGE_SIZE ? (count + RANGE_SIZE - 1) / RANGE_SIZE : count;
    }

    /** How many objects {@code node} holds, counting through ranges (e.g. the people in the roster). */
    public int size(Object node) {
        if (node instanceof ExplorerRange range) {
            return range.size();
        }
        List<Object> known = children.get(node);
        return known != null ? known.size() : active == null ? rawChildren(node).size() : all(node).size();
    }

    /** The sorted, filtered children of {@code parent}, computed once until {@link #invalidate}. */
    private List<Object> all(Object parent) {
        List<Object> known = children.get(parent);
        if (known == null) {
            known = active == null || insideMatch(parent) ? unfiltered(parent) : filtered(parent);
            children.put(parent, known);
            if (known.size() > RANGE_SIZE) {
                Map<Object, Integer> index = new IdentityHashMap<>();
                for (int i = 0; i < known.size(); i++) {
                    index.put(known.get(i), i);
                }
                positions.put(parent, index);
            }
        }
        return known;
    }

    private static List<Object> ranges(Object parent, int size) {
        List<Object> ranges = new ArrayList<>();
        for (int from = 0; from < size; from += RANGE_SIZE) {
            ranges.add(new ExplorerRange(parent, from, Math.min(size, from + RANGE_SIZE)));
        }
        return ranges;
    }

    /** The first and the last of a range, e.g. "艾伟 … 陈红". */
    public String rangeLabel(ExplorerRange range) {
        List<Object> all = all(range.parent());
        return text(all.get(range.from())) + " \u2026 " + text(all.get(range.to() - 1));
    }

    /** The node {@code element} shows under: its parent, or the range of its parent's children holding it. */
    public Object parent(Object element) {
        if (element instanceof ExplorerRange range) {
            return range.parent();
        }
        Object parent = modelParent(element);
        if (parent == null || all(parent).size() <= RANGE_SIZE) {
            return parent;
        }
        Integer index = positions.get(parent).get(element);
        if (index == null) {
            return parent;
        }
        int from = index / RANGE_SIZE * RANGE_SIZE;
        return new ExplorerRange(parent, from, Math.min(all(parent).size(), from + RANGE_SIZE));
    }

    private Object modelParent(Object element) {
        if (element instanceof Unit unit) {
            return unit.getParent() != null ? unit.getParent() : unit.eContainer();
        }
        if (element instanceof Post post) {
            return post.getUnit();
        }
        if (element instanceof Tenure tenure) {
            return tenure.getPost();
        }
        if (element instanceof Person) {
            return ExplorerGroup.PEOPLE;
        }
        if (element instanceof ReportingLine) {
            return ExplorerGroup.REPORTING_LINES;
        }
        if (element instanceof ChargeAssignment) {
            return ExplorerGroup.CHARGE_ASSIGNMENTS;
        }
        if (element instanceof ExplorerGroup) {
            return organisation;
        }
        return null;
    }

    /** Forgets the children of {@code node} (its contents changed); under a filter, forgets everything. */
    public void invalidate(Object node) {
        index = null;
        sortedChildren.remove(node);
        if (active != null) {
            setFilter(filter);
        } else {
            children.remove(node);
            positions.remove(node);
        }
    }

    /**
     * The nodes whose children (their order, their labels) a model change affects: a unit's sub-units and
     * posts, a post's holders, the folder of a person or line, the parent of a renamed object.
     */
    public Set<Object> nodesChangedBy(Notification notification) {
        Object notifier = notification.getNotifier();
        Object feature = notification.getFeature();
        Set<Object> nodes = new HashSet<>();
        if (notifier instanceof Organisation) {
            nodes.add(feature == Literals.ORGANISATION__PEOPLE ? ExplorerGroup.PEOPLE
                    : feature == Literals.ORGANISATION__REPORTING_LINES ? ExplorerGroup.REPORTING_LINES
                            : feature == Literals.ORGANISATION__CHARGE_ASSIGNMENTS ? ExplorerGroup.CHARGE_ASSIGNMENTS
                                    : organisation);
        } else if (notifier instanceof Unit || notifier instanceof Post) {
            boolean contents = feature == Literals.UNIT__CHILDREN || feature == Literals.UNIT__POSTS
                    || feature == Literals.POST__TENURES;
            addIfNotNull(nodes, contents ? notifier : modelParent(notifier));
        } else if (notifier instanceof Tenure tenure) {
            addIfNotNull(nodes, tenure.getPost());
            addIfNotNull(nodes, notification.getOldValue() instanceof Post old ? old : null);
        } else if (notifier instanceof Person person) {
            nodes.add(ExplorerGroup.PEOPLE);
            person.getTenures().forEach(tenure -> addIfNotNull(nodes, tenure.getPost()));
            addTenurePosts(nodes, notification.getOldValue());
            addTenurePosts(nodes, notification.getNewValue());
        } else {
            addIfNotNull(nodes, modelParent(notifier));
        }
        return nodes;
    }

    private static void addTenurePosts(Set<Object> nodes, Object value) {
        if (value instanceof Tenure tenure) {
            addIfNotNull(nodes, tenure.getPost());
        } else if (value instanceof List<?> list) {
            list.forEach(element -> addTenurePosts(nodes, element));
        }
    }

    private static void addIfNotNull(Set<Object> nodes, Object node) {
        if (node != null) {
            nodes.add(node);
        }
    }

    /**
     * Shows only objects whose label contains {@code text} (ignoring case) or whose pinyin initials do
     * (once {@link ExplorerSearchIndex#computeInitials} ran), with their ancestors and contents.
     */
    public void setFilter(String text) {
        filter = text == null ? "" : text.strip();
        children.clear();
        positions.clear();
        if (filter.isEmpty()) {
            active = null;
            return;
        }
        active = new ExplorerFilter(searchIndex(), filter, this::modelParent);
    }

    /**
     * Adds pinyin initials to what the filter searches, now (the view does this in the background);
     * the next {@link #setFilter} finds "wjg" in 王建国.
     */
    public void addPinyinInitials(PinyinInitials pinyin) {
        searchIndex().computeInitials(pinyin);
    }

    /** What the filter searches, built on first use after each change of the model. */
    ExplorerSearchIndex searchIndex() {
        if (index == null) {
            index = ExplorerSearchIndex.of(organisation, this::isCurrent);
        }
        return index;
    }

    public String filter() {
        return filter;
    }

    /** The objects the filter matched (empty without a filter). */
    public Set<Object> matches() {
        return active == null ? Set.of() : Set.copyOf(active.matched());
    }

    /** Whether {@code tenure} is held today: started, and not ended before today. */
    public boolean isCurrent(Tenure tenure) {
        return (tenure.getStart() == null || !tenure.getStart().isAfter(today))
                && (tenure.getEnd() == null || !tenure.getEnd().isBefore(today));
    }

    /** The text an element is sorted and filtered by. */
    public static String text(Object element) {
        if (element instanceof Tenure tenure) {
            return QinglianLabels.name(tenure.getPerson());
        }
        if (element instanceof Named named) {
            return QinglianLabels.name(named);
        }
        if (element instanceof ReportingLine line) {
            return QinglianLabels.reportingLine(line);
        }
        if (element instanceof ChargeAssignment assignment) {
            return QinglianLabels.chargeAssignment(assignment);
        }
        return "";
    }

    private List<?> rawChildren(Object parent) {
        if (parent instanceof Organisation root) {
            List<Object> top = new ArrayList<>(root.getUnits());
            top.addAll(List.of(ExplorerGroup.values()));
            return top;
        }
        if (parent instanceof Unit unit) {
            List<Object> inside = new ArrayList<>(unit.getChildren());
            inside.addAll(unit.getPosts());
            return inside;
        }
        if (parent instanceof Post post) {
            return post.getTenures().stream().filter(this::isCurrent).toList();
        }
        if (parent == ExplorerGroup.PEOPLE) {
            return organisation.getPeople();
        }
        if (parent == ExplorerGroup.REPORTING_LINES) {
            return organisation.getReportingLines();
        }
        if (parent == ExplorerGroup.CHARGE_ASSIGNMENTS) {
            return organisation.getChargeAssignments();
        }
        return List.of();
    }

    /**
     * The sorted children of {@code parent} without a filter, kept across filter changes until the
     * model changes under {@code parent}: clearing the filter does not sort the roster again.
     */
    private List<Object> unfiltered(Object parent) {
        return sortedChildren.computeIfAbsent(parent, node -> sorted(rawChildren(node)));
    }

    /** The visible children of {@code parent}: taken from its sorted children when known (no sorting), else sorted. */
    private List<Object> filtered(Object parent) {
        List<Object> sortedAlready = sortedChildren.get(parent);
        if (sortedAlready != null) {
            return sortedAlready.stream().filter(active::isVisible).toList();
        }
        return sorted(rawChildren(parent).stream().filter(active::isVisible).toList());
    }

    private boolean insideMatch(Object element) {
        for (Object node = element; node != null; node = modelParent(node)) {
            if (active.matched().contains(node)) {
                return true;
            }
        }
        return false;
    }

    private record Keyed(Object element, int rank, CollationKey key) {
    }

    private List<Object> sorted(List<?> raw) {
        List<Keyed> keyed = new ArrayList<>(raw.size());
        for (Object element : raw) {
            keyed.add(new Keyed(element, rank(element), collator.getCollationKey(text(element))));
        }
        keyed.sort(Comparator.comparingInt(Keyed::rank).thenComparing(Keyed::key));
        List<Object> result = new ArrayList<>(keyed.size());
        keyed.forEach(k -> result.add(k.element()));
        return result;
    }

    /** A unit's posts (its own people) before its sub-units, each by role or kind; folders last, in order. */
    private static int rank(Object element) {
        if (element instanceof Post post) {
            return post.getRole().getValue();
        }
        if (element instanceof Unit unit) {
            return 100 + unit.getKind().getValue();
        }
        if (element instanceof ExplorerGroup group) {
            return 1000 + group.ordinal();
        }
        return 0;
    }
}
