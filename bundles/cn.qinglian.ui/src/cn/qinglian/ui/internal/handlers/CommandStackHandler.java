package cn.qinglian.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;

import cn.qinglian.ui.WorkspaceSession;

/** Edit ▸ Undo (Ctrl+Z) and Redo (Ctrl+Y) on the session's command stack, enabled when there is something to. */
public final class CommandStackHandler extends SessionStateHandler {

    private final boolean undo;

    private CommandStackHandler(WorkspaceSession session, boolean undo) {
        super(session);
        this.undo = undo;
        listen();
    }

    public static CommandStackHandler undo(WorkspaceSession session) {
        return new CommandStackHandler(session, true);
    }

    public static CommandStackHandler redo(WorkspaceSession session) {
        return new CommandStackHandler(session, false);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (undo && session.commandStack().canUndo()) {
            session.commandStack().undo();
        } else if (!undo && session.commandStack().canRedo()) {
            session.commandStack().redo();
        }
        return null;
    }

    @Override
    protected boolean enabledFor(WorkspaceSession current) {
        return undo ? current.commandStack().canUndo() : current.commandStack().canRedo();
    }
}
