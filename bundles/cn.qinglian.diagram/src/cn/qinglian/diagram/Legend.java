package cn.qinglian.diagram;

import java.util.List;

/**
 * The legend box of a diagram.
 *
 * @param title e.g. "图例"
 * @param bounds the frame of the legend
 * @param titleAt the baseline start of the title
 * @param entries one per edge kind drawn
 */
public record Legend(String title, Box bounds, Point titleAt, List<LegendEntry> entries) {

    public Legend {
        entries = List.copyOf(entries);
    }
}
