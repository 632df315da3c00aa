package cn.qinglian.inspection.categories;

import java.util.Locale;
import java.util.Objects;

/**
 * A category of findings: one of the six violation types of the seed (违规谋取利益, 接受宴请, 借款, 经商,
 * 乱摊派, 收礼), a work-style category (作风效能, 选择性/随意性执法, 乱收费), or one contributed by a plug-in
 * through the extension point {@code cn.qinglian.inspection.findingCategories}.
 *
 * @param id stable id stored in {@code Finding.category}, lower-case words joined by '-'
 * @param group whether it is a violation (违规) or a work-style problem (作风)
 * @param order position in lists (built-in categories use 10, 20, ... 90)
 * @param chineseName the name shown in Chinese
 * @param englishName the name shown in English
 */
public record FindingCategory(String id, Group group, int order, String chineseName, String englishName) {

    /** The two families of the seed's taxonomy (DOMAIN §4). */
    public enum Group {
        VIOLATION, WORK_STYLE
    }

    public FindingCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        chineseName = chineseName == null || chineseName.isBlank() ? id : chineseName;
        englishName = englishName == null || englishName.isBlank() ? chineseName : englishName;
    }

    /** The name in {@code locale}: Chinese for any Chinese locale, English otherwise. */
    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? chineseName : englishName;
    }
}
