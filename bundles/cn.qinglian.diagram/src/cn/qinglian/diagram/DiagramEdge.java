package cn.qinglian.diagram;

/**
 * A directed edge of a diagram: from the reporting party to the party hearing the report (for a copy
 * notice from the notifying party to a notified one; for a charge from the unit to its leader).
 *
 * @param id the model object's id (reporting line, copy notice or charge assignment); edges made from
 *        one object (a copy notice to several parties) share it, and a step to the head of a unit,
 *        which has no model object, has an id starting with {@code "head:"}
 * @param sourceId the {@link DiagramNode#id()} of the reporting end
 * @param targetId the {@link DiagramNode#id()} of the hearing end
 * @param kind what the edge stands for; decides its style
 */
public record DiagramEdge(String id, String sourceId, String targetId, EdgeKind kind) {
}
