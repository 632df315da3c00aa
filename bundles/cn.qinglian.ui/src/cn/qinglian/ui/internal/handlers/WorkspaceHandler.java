package cn.qinglian.ui.internal.handlers;

import java.util.function.Predicate;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** A handler that runs one of the {@link WorkspaceSwitching} steps (new, open). */
public final class WorkspaceHandler extends AbstractHandler {

    private final WorkspaceSwitching switching;
    private final Predicate<WorkspaceSwitching> step;

    public WorkspaceHandler(WorkspaceSwitching switching, Predicate<WorkspaceSwitching> step) {
        this.switching = switching;
        this.step = step;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        step.test(switching);
        return null;
    }
}
