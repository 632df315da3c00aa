package cn.qinglian.core.roster;

/** Why a row of a roster file cannot be imported; the texts live in messages*.properties. */
public enum RosterProblemKind {
    /** The file has no header row. */
    EMPTY_FILE,
    /** A column is missing from the header row. */
    MISSING_COLUMN,
    /** A column is named twice in the header row. */
    DUPLICATE_COLUMN,
    /** A quoted CSV field is not closed before the end of the file. */
    UNCLOSED_QUOTE,
    /** unit_path or unit_kind is empty. */
    EMPTY_FIELD,
    /** post_title or post_role is empty on a row that names a post. */
    EMPTY_POST_FIELD,
    /** person_id, person_name or start_date is empty on a row that names a tenure. */
    EMPTY_TENURE_FIELD,
    /** unit_path has an empty unit name. */
    BAD_UNIT_PATH,
    /** unit_kind is not one of the allowed values. */
    UNKNOWN_UNIT_KIND,
    /** post_role is not one of the allowed values. */
    UNKNOWN_POST_ROLE,
    /** A date is not written as YYYY-MM-DD. */
    BAD_DATE,
    /** A date is written correctly but does not exist, e.g. 2019-02-30. */
    IMPOSSIBLE_DATE,
    /** end_date is before start_date. */
    END_BEFORE_START,
    /** reports_to is not written as unit_path#post_title. */
    BAD_POST_REFERENCE,
    /** The same person_id has another name in an earlier row. */
    PERSON_NAME_CONFLICT,
    /** The same unit has another kind in an earlier row. */
    UNIT_KIND_CONFLICT,
    /** The same post has another role in an earlier row. */
    POST_ROLE_CONFLICT,
    /** A unit on the path is neither in the workspace nor given a kind by any row. */
    UNDECLARED_UNIT,
    /** reports_to names a post that is neither in the file nor in the workspace. */
    UNKNOWN_REPORTS_TO,
    /** reports_to names the row's own post. */
    REPORTS_TO_SELF,
    /** The row repeats the tenure of an earlier row. */
    DUPLICATE_TENURE,
    /** The tenure overlaps another tenure of the same person in the same post in the file. */
    OVERLAPPING_TENURE,
    /** The tenure overlaps a tenure of the same person in the same post in the workspace. */
    OVERLAPPING_WORKSPACE_TENURE
}
