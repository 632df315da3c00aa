package cn.qinglian.diagram;

/**
 * A unit drawn as a box around its posts (and the boxes of its sub-units) when the hierarchy is shown.
 *
 * @param id the unit's id
 * @param label the unit's name
 * @param parentId the id of the enclosing cluster, or {@code null} for a top cluster
 */
public record DiagramCluster(String id, String label, String parentId) {
}
