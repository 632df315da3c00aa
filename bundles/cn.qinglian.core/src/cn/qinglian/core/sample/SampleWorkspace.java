package cn.qinglian.core.sample;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceDescriptor;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.core.workspace.WorkspaceProblem;
import cn.qinglian.model.Organisation;

/** Writes a generated organisation as a new workspace, through the XMI store. */
public final class SampleWorkspace {

    private final XmiWorkspaceStore store;

    public SampleWorkspace(XmiWorkspaceStore store) {
        this.store = store;
    }

    /**
     * Creates a workspace named after the organisation in {@code folder} (created when missing; other
     * files in it are left alone) and saves the organisation there, with the sample data of every
     * module part the store knows.
     *
     * @throws WorkspaceException {@link WorkspaceProblem#ALREADY_A_WORKSPACE} when the folder already
     *         holds a workspace or an organisation file; or why the files could not be written
     */
    public WorkspaceModel create(Path folder, Organisation organisation) throws WorkspaceException {
        checkFree(folder);
        Path file = folder.resolve(XmiWorkspaceStore.ORGANISATION_FILE);
        WorkspaceDescriptor descriptor = WorkspaceDescriptor.create(folder, organisation.getName());
        ResourceSet resourceSet = XmiWorkspaceStore.newResourceSet();
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(organisation);
        WorkspaceModel model = new WorkspaceModel(descriptor, resourceSet, organisation);
        store.addParts(model, true);
        store.save(model);
        return model;
    }

    /**
     * Fails with {@link WorkspaceProblem#ALREADY_A_WORKSPACE} when {@code folder} holds a workspace
     * descriptor or an organisation file, so a long generation can be refused before it starts.
     */
    public static void checkFree(Path folder) throws WorkspaceException {
        if (Files.exists(folder.resolve(XmiWorkspaceStore.ORGANISATION_FILE))
                || Files.exists(folder.resolve(WorkspaceDescriptor.FILE_NAME))) {
            throw new WorkspaceException(WorkspaceProblem.ALREADY_A_WORKSPACE, folder);
        }
    }
}
