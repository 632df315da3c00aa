package cn.qinglian.inspection.categories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.qinglian.inspection.categories.FindingCategory.Group;

/**
 * An ordered, immutable set of finding categories with look-up by id. The built-in categories are
 * {@link #BUILT_IN}; inside the platform {@link FindingCategoryRegistry} adds the contributed ones.
 */
public final class FindingCategories {

    public static final String BENEFIT_SEEKING = "benefit-seeking";
    public static final String BANQUET = "banquet";
    public static final String BORROWING = "borrowing";
    public static final String BUSINESS = "business";
    public static final String LEVY = "levy";
    public static final String GIFTS = "gifts";
    public static final String WORK_STYLE = "work-style";
    public static final String ARBITRARY_ENFORCEMENT = "arbitrary-enforcement";
    public static final String ILLEGAL_FEES = "illegal-fees";

    /** The six violation types and three work-style categories of the seed. */
    public static final List<FindingCategory> BUILT_IN = List.of(
            new FindingCategory(BENEFIT_SEEKING, Group.VIOLATION, 10, "违规为他人谋取利益", "Seeking benefits for others"),
            new FindingCategory(BANQUET, Group.VIOLATION, 20, "违规接受宴请", "Accepting banquets"),
            new FindingCategory(BORROWING, Group.VIOLATION, 30, "违规向企业借款", "Borrowing from enterprises"),
            new FindingCategory(BUSINESS, Group.VIOLATION, 40, "违规“经商”", "Doing business"),
            new FindingCategory(LEVY, Group.VIOLATION, 50, "违规“乱摊派”", "Arbitrary levies"),
            new FindingCategory(GIFTS, Group.VIOLATION, 60, "违规“收礼”", "Accepting gifts"),
            new FindingCategory(WORK_STYLE, Group.WORK_STYLE, 70, "作风效能", "Work style and efficiency"),
            new FindingCategory(ARBITRARY_ENFORCEMENT, Group.WORK_STYLE, 80, "选择性执法、随意性执法",
                    "Selective or arbitrary enforcement"),
            new FindingCategory(ILLEGAL_FEES, Group.WORK_STYLE, 90, "乱收费", "Illegal fees"));

    private final Map<String, FindingCategory> byId;

    private FindingCategories(List<FindingCategory> categories) {
        List<FindingCategory> sorted = new ArrayList<>(categories);
        sorted.sort(Comparator.comparingInt(FindingCategory::order).thenComparing(FindingCategory::id));
        Map<String, FindingCategory> map = new LinkedHashMap<>();
        for (FindingCategory category : sorted) {
            map.putIfAbsent(category.id(), category);
        }
        this.byId = map;
    }

    /** Only the built-in categories. */
    public static FindingCategories builtIn() {
        return new FindingCategories(BUILT_IN);
    }

    /** The built-in categories plus {@code contributed}; a contributed id equal to a built-in one is ignored. */
    public static FindingCategories with(List<FindingCategory> contributed) {
        List<FindingCategory> all = new ArrayList<>(BUILT_IN);
        all.addAll(contributed);
        return new FindingCategories(all);
    }

    /** All categories, by order then id. */
    public List<FindingCategory> all() {
        return List.copyOf(byId.values());
    }

    public Optional<FindingCategory> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The name of the category {@code id} in {@code locale}; the id itself when no category has it. */
    public String nameOf(String id, Locale locale) {
        return byId(id).map(c -> c.name(locale)).orElse(id == null ? "" : id);
    }
}
