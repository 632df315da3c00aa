package cn.qinglian.diagram;

/** A point in diagram coordinates (points of 1/72 inch; y grows downwards). */
public record Point(double x, double y) {
}
