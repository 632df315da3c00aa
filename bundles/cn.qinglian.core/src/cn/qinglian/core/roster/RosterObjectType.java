package cn.qinglian.core.roster;

/** What a roster import creates and updates. */
public enum RosterObjectType {
    UNIT,
    POST,
    PERSON,
    TENURE,
    REPORTING_LINE
}
