package cn.qinglian.core.dashboard;

/** The figures of the dashboard, in the order they are shown. */
public enum FigureKind {
    /** All units; objects: the units. */
    UNITS,
    /** People holding a post on the date; objects: the people. */
    STAFF,
    /** Posts nobody holds on the date; objects: the posts. */
    VACANT_POSTS,
    /** Units with posts and no current head (sections excepted, as in unit.single-head); objects: the units. */
    HEADS_MISSING,
    /** People in one post for at least the rotation threshold; objects: their current tenures. */
    LONG_IN_POST,
    /** Report periods satisfied in the period; objects: the reports dated in the period. */
    REPORTS_DONE,
    /** Report periods expected in the period; objects: the lines expecting reports. */
    REPORTS_EXPECTED,
    /** Report periods without a report; objects: the lines missing reports. */
    REPORTS_MISSING
}
