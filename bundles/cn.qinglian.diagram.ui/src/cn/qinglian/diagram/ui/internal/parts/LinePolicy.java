package cn.qinglian.diagram.ui.internal.parts;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.ReconnectRequest;

/** Lets a reporting line be dragged from this box to another; the commands come from {@link LineDrawing}. */
final class LinePolicy extends GraphicalNodeEditPolicy {

    private final LineDrawing drawing;

    LinePolicy(LineDrawing drawing) {
        this.drawing = drawing;
    }

    private NodePart part() {
        return (NodePart) getHost();
    }

    @Override
    protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
        Command start = drawing.start(part().item());
        request.setStartCommand(start);
        return start;
    }

    @Override
    protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
        Command start = request.getStartCommand();
        return start == null ? null : drawing.complete(start, part().item());
    }

    @Override
    protected Command getReconnectSourceCommand(ReconnectRequest request) {
        return null;
    }

    @Override
    protected Command getReconnectTargetCommand(ReconnectRequest request) {
        return null;
    }
}
