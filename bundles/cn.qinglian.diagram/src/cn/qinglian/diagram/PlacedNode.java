package cn.qinglian.diagram;

/**
 * A node with its box.
 *
 * @param node the node
 * @param bounds its box; the label lines are centred in it, one {@link DiagramStyle#lineHeight()} each
 * @param layer the layer (0 = top) the layout put it in
 */
public record PlacedNode(DiagramNode node, Box bounds, int layer) {
}
