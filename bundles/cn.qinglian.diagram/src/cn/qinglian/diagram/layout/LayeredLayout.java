package cn.qinglian.diagram.layout;

import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.LayoutOptions;

/** Placeholder while the algorithm is written. */
public final class LayeredLayout implements GraphLayout {

    @Override
    public Diagram layout(DiagramGraph graph, LayoutOptions options) {
        throw new UnsupportedOperationException("not yet");
    }
}
