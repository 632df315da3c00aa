package cn.qinglian.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;

import cn.qinglian.ui.WorkspaceSession;

/**
 * A handler whose enablement follows the session: recomputed after every command-stack change and
 * when another workspace is opened.
 */
abstract class SessionStateHandler extends AbstractHandler implements WorkspaceSession.Listener {

    protected final WorkspaceSession session;

    SessionStateHandler(WorkspaceSession session) {
        this.session = session;
    }

    /** Call at the end of the subclass constructor: starts listening and sets the first state. */
    protected final void listen() {
        session.addListener(this);
        update();
    }

    /** Whether the handler can act on the session as it is now. */
    protected abstract boolean enabledFor(WorkspaceSession current);

    @Override
    public void stateChanged(WorkspaceSession changed) {
        update();
    }

    @Override
    public void workspaceOpened(WorkspaceSession opened) {
        update();
    }

    private void update() {
        setBaseEnabled(enabledFor(session));
    }

    @Override
    public void dispose() {
        session.removeListener(this);
        super.dispose();
    }
}
