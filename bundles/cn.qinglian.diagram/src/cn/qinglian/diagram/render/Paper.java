package cn.qinglian.diagram.render;

/** Paper sizes for PDF export (portrait, in points). */
public enum Paper {
    A4(595.28, 841.89),
    A3(841.89, 1190.55);

    private final double width;
    private final double height;

    Paper(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }
}
