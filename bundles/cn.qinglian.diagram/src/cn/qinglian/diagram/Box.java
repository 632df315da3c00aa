package cn.qinglian.diagram;

/** An axis-parallel rectangle in diagram coordinates (points of 1/72 inch; y grows downwards). */
public record Box(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    public Box translated(double dx, double dy) {
        return new Box(x + dx, y + dy, width, height);
    }
}
