package cn.qinglian.diagram.ui.internal.parts;

import org.eclipse.gef.commands.Command;

import cn.qinglian.diagram.ui.internal.NodeItem;

/** Makes the command that draws a new reporting line between two boxes (dragged from one to the other). */
public interface LineDrawing {

    /** The command started by a drag from {@code from}, or null when no line may start there. */
    Command start(NodeItem from);

    /** {@code start} completed at {@code to}; not executable when that line is not allowed. */
    Command complete(Command start, NodeItem to);
}
