package cn.qinglian.diagram;

import java.util.List;

/**
 * A box of a diagram, before layout.
 *
 * @param id the model object's id ({@code Identified.getId()} of the post or unit); unique in a graph
 * @param type post or unit
 * @param lines the label, one entry per line: for a post the holders' names (or "vacant") then the
 *        unit and post title; for a unit its name then its kind
 * @param clusterId the id of the unit cluster the node lies in ({@link DiagramCluster#id()}), or
 *        {@code null} when the graph has no clusters or the node lies outside every cluster
 * @param outside whether the node lies outside the scope and is shown only as the far end of an edge
 * @param badges marks the {@link NodeDecorator}s put on the box (drawn at its top right corner)
 */
public record DiagramNode(String id, NodeType type, List<String> lines, String clusterId, boolean outside,
        List<Badge> badges) {

    public DiagramNode {
        lines = List.copyOf(lines);
        badges = List.copyOf(badges);
    }

    /** A node without badges. */
    public DiagramNode(String id, NodeType type, List<String> lines, String clusterId, boolean outside) {
        this(id, type, lines, clusterId, outside, List.of());
    }

    /** This node with {@code marks} as its badges. */
    public DiagramNode withBadges(List<Badge> marks) {
        return new DiagramNode(id, type, lines, clusterId, outside, marks);
    }

    /**
     * Whether label line {@code line} is the heading: the first of several lines (a post's holders, a
     * unit's name), drawn bold in exports.
     */
    public boolean isHeading(int line) {
        return line == 0 && lines.size() > 1;
    }

    /** The label as one string, lines joined by a space (for search and tooltips). */
    public String text() {
        return String.join(" ", lines);
    }
}
