package cn.qinglian.core.roster;

import java.time.LocalDate;
import java.util.List;

import cn.qinglian.model.PostRole;
import cn.qinglian.model.UnitKind;

/**
 * One roster row with its values checked one by one. A value that is missing or wrong is null
 * (and the row has a problem for it); a unit-only row has no post, a post-only row no tenure.
 *
 * @param number the row as a spreadsheet shows it
 * @param unitNames the unit path split into names
 * @param postTitle the post's title, null on a unit-only row
 * @param personId null on a row without a tenure
 * @param end null for a current tenure
 * @param tenureValid whether the row names a tenure whose values are all valid
 * @param reportsTo the path of the post this post reports to, null when not given
 */
record RosterRow(int number, List<String> unitNames, UnitKind unitKind, String postTitle, PostRole postRole,
        String personId, String personName, LocalDate start, LocalDate end, boolean tenureValid,
        String reportsTo) {

    String unitPath() {
        return unitNames == null ? null : RosterPaths.unitPath(unitNames);
    }

    /** The path of the row's post, null when the row names none or its unit path is wrong. */
    String postPath() {
        return unitNames == null || postTitle == null ? null : RosterPaths.postPath(unitPath(), postTitle);
    }

    boolean hasPost() {
        return postTitle != null;
    }
}
