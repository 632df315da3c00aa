package cn.qinglian.core.persistence;

import java.nio.file.Path;

import cn.qinglian.core.workspace.WorkspaceException;

/**
 * Loads and saves workspaces. The default store keeps XMI files in a local folder; a shared server
 * store would be another implementation of this interface.
 */
public interface WorkspaceStore {

    /**
     * Loads the workspace in {@code folder}. Either the whole workspace loads or nothing does: a
     * malformed, truncated, foreign or newer file gives a {@link WorkspaceException} naming the file
     * (and line and column where the parser knows them).
     */
    WorkspaceModel load(Path folder) throws WorkspaceException;

    /**
     * Saves every file of the model atomically: the new content goes to a temporary file that is
     * synced and renamed over the old one, the previous version is kept as {@code .bak}. A failed save
     * leaves the previous file as it was and no temporary file behind.
     */
    void save(WorkspaceModel model) throws WorkspaceException;

    /** Creates a new workspace with an empty organisation called {@code name} in {@code folder}. */
    WorkspaceModel create(Path folder, String name) throws WorkspaceException;
}
