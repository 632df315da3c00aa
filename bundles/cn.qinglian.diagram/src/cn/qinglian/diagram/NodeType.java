package cn.qinglian.diagram;

/** What a diagram node stands for. */
public enum NodeType {
    /** A post (岗位): its holders' names and its title. */
    POST,
    /** A unit (单位) that is itself an end of a reporting line or copy notice. */
    UNIT
}
