package cn.qinglian.diagram;

/**
 * How an edge kind is drawn, the same in SVG, PNG, PDF and the workbench.
 *
 * @param rgb colour as 0xRRGGBB
 * @param width stroke width in points
 * @param dash dash pattern in points (on, off, ...); empty for a solid line
 * @param arrowAtTarget an arrowhead at the hearing end
 * @param arrowAtSource an arrowhead at the reporting end too (相互报告)
 */
public record EdgeStyle(int rgb, double width, double[] dash, boolean arrowAtTarget, boolean arrowAtSource) {

    private static final double[] SOLID = {};

    /** The style of {@code kind}: 逐级 solid, 系统 dashed, 内部 dotted, 相互 double-headed, 廉政抄告 grey. */
    public static EdgeStyle of(EdgeKind kind) {
        return switch (kind) {
            case LEVEL -> new EdgeStyle(0x1F3A5F, 1.4, SOLID, true, false);
            case LINE -> new EdgeStyle(0x1565C0, 1.2, new double[] { 6, 4 }, true, false);
            case INTERNAL -> new EdgeStyle(0x2E7D32, 1.2, new double[] { 1.5, 3 }, true, false);
            case MUTUAL -> new EdgeStyle(0xB23C17, 1.2, SOLID, true, true);
            case CC -> new EdgeStyle(0x9E9E9E, 1.0, new double[] { 4, 2, 1, 2 }, true, false);
            case HEAD_OF_UNIT -> new EdgeStyle(0x555555, 0.8, SOLID, true, false);
            case CHARGE -> new EdgeStyle(0x6A1B9A, 1.2, new double[] { 8, 3 }, true, false);
        };
    }

    /** The dash pattern (a copy). */
    @Override
    public double[] dash() {
        return dash.clone();
    }

    public boolean isSolid() {
        return dash.length == 0;
    }
}
