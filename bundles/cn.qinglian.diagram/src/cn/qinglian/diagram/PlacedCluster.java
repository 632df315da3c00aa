package cn.qinglian.diagram;

/**
 * A unit cluster with its box (drawn behind the nodes, label at its top left).
 *
 * @param cluster the cluster
 * @param bounds the box around its nodes and sub-clusters
 * @param depth 0 for a top cluster, 1 inside it, ...
 */
public record PlacedCluster(DiagramCluster cluster, Box bounds, int depth) {
}
