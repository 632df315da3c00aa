package cn.qinglian.diagram.layout;

import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.LayoutOptions;

/** A layout algorithm: gives every node a box and every edge a route. */
public interface GraphLayout {

    Diagram layout(DiagramGraph graph, LayoutOptions options);
}
