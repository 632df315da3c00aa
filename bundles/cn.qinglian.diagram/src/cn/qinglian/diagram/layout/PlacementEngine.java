package cn.qinglian.diagram.layout;

/** A finished placement of items (boxes) and edges, in its own coordinates from (0, 0). */
interface PlacementEngine {

    double width();

    double height();

    /** Left edge of item {@code item}. */
    double x(int item);

    /** Top edge of item {@code item}. */
    double y(int item);

    /** The layer of item {@code item}, 0 on top. */
    int layer(int item);

    /** The route of edge {@code e} from its source to its target, as x,y pairs. */
    double[] route(int e);
}
