package cn.qinglian.diagram.render;

import java.io.IOException;

/** What {@link DiagramPainter} draws on: AWT (PNG) or a PDF page. Coordinates are diagram points, y down. */
interface Canvas {

    /** Text alignment relative to the x given to {@link #text}. */
    enum Align { LEFT, CENTER }

    void stroke(int rgb, double width, double[] dash) throws IOException;

    void fill(int rgb) throws IOException;

    void strokePolyline(double[] xy) throws IOException;

    void fillPolygon(double[] xy) throws IOException;

    void fillRect(double x, double y, double width, double height) throws IOException;

    void strokeRect(double x, double y, double width, double height) throws IOException;

    void text(String text, double x, double baseline, double size, boolean bold, Align align) throws IOException;
}
