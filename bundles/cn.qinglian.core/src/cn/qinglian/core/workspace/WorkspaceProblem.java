package cn.qinglian.core.workspace;

/** Why a folder could not be opened or created as a workspace; texts live in messages*.properties. */
public enum WorkspaceProblem {
    NOT_A_FOLDER,
    NOT_A_WORKSPACE,
    ALREADY_A_WORKSPACE,
    UNREADABLE,
    UNWRITABLE,
    NO_FORMAT,
    BAD_FORMAT,
    NEWER_FORMAT,
    MISSING_ORGANISATION,
    MALFORMED,
    FOREIGN_FILE,
    EMPTY_FILE,
    NOT_AN_ORGANISATION,
    OLDER_FORMAT,
    MIGRATION_FAILED,
    UNRESOLVED_REFERENCE,
    UNKNOWN_CONTENT,
    INVALID_VALUE,
    FOREIGN_PART,
    WRONG_PART_ROOT
}
