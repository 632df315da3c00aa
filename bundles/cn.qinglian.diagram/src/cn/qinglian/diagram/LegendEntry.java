package cn.qinglian.diagram;

/**
 * One line of the legend: a sample of the edge style and its name.
 *
 * @param kind the edge kind
 * @param label its name in the diagram's language, e.g. "逐级报告"
 * @param sample where the style sample (a short horizontal line, left to right) is drawn
 * @param labelAt the baseline start of the label
 */
public record LegendEntry(EdgeKind kind, String label, Box sample, Point labelAt) {
}
