package cn.qinglian.ui;

import java.util.Objects;

import cn.qinglian.core.workspace.WorkspaceDescriptor;

/**
 * The workspace the workbench has open. One per workbench; parts obtain it with
 * {@code getSite().getService(WorkspaceSession.class)}.
 */
public final class WorkspaceSession {

    private final WorkspaceDescriptor workspace;

    public WorkspaceSession(WorkspaceDescriptor workspace) {
        this.workspace = Objects.requireNonNull(workspace);
    }

    public WorkspaceDescriptor workspace() {
        return workspace;
    }
}
