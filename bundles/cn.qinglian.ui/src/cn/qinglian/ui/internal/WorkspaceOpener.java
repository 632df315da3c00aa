package cn.qinglian.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.widgets.Shell;

import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.WorkspaceStore;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceDescriptor;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.core.workspace.WorkspaceProblem;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs.NewWorkspace;
import cn.qinglian.ui.internal.recovery.RecoveryJournal;

/**
 * Opens a workspace folder for the workbench, asking what the user wants when it is not simply there:
 * a recovered copy newer than the saved file (restore it?), a workspace without an organisation file
 * (create an empty one?), or a folder that cannot be opened (why).
 */
public final class WorkspaceOpener {

    /** An opened workspace; {@code restored} when it is a recovered working copy, not yet saved. */
    public record Opened(WorkspaceModel model, boolean restored) {
    }

    private final XmiWorkspaceStore store;
    private final QinglianDialogs dialogs;

    public WorkspaceOpener(XmiWorkspaceStore store, QinglianDialogs dialogs) {
        this.store = store;
        this.dialogs = dialogs;
    }

    /** Opens {@code folder}; empty when it cannot be opened or the user declined (they have been told). */
    public Optional<Opened> open(Shell shell, Path folder) {
        WorkspaceDescriptor descriptor;
        try {
            descriptor = WorkspaceDescriptor.read(folder);
        } catch (WorkspaceException e) {
            return failed(shell, e);
        }
        RecoveryJournal journal = new RecoveryJournal(folder);
        Optional<Instant> recovered = journal.newerCopy();
        if (recovered.isPresent()) {
            if (dialogs.restoreRecovery(shell, folder, journal.savedAt().orElse(null), recovered.get())) {
                try {
                    return Optional.of(new Opened(journal.restore(store, descriptor), true));
                } catch (WorkspaceException e) {
                    dialogs.showError(shell, UiMessages.get("recoveryTitle"),
                            UiMessages.get("recoveryUnusable", e.getMessage()));
                }
            } else {
                discard(journal);
            }
        }
        return load(shell, descriptor);
    }

    private Optional<Opened> load(Shell shell, WorkspaceDescriptor descriptor) {
        try {
            return Optional.of(new Opened(store.load(descriptor.folder()), false));
        } catch (WorkspaceException e) {
            if (e.problem() != WorkspaceProblem.MISSING_ORGANISATION) {
                return failed(shell, e);
            }
            if (!dialogs.createOrganisation(shell, descriptor.folder())) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Opened(createOrganisation(store, descriptor), false));
            } catch (WorkspaceException created) {
                return failed(shell, created);
            }
        }
    }

    /** Creates the workspace the user described and opens it. */
    public Optional<Opened> create(Shell shell, NewWorkspace workspace) {
        try {
            return Optional.of(new Opened(store.create(workspace.folder(), workspace.name()), false));
        } catch (WorkspaceException e) {
            return failed(shell, e);
        }
    }

    /** Writes an empty organisation named after the workspace into a workspace that has none. */
    public static WorkspaceModel createOrganisation(WorkspaceStore store, WorkspaceDescriptor descriptor)
            throws WorkspaceException {
        Organisation organisation = QinglianFactory.eINSTANCE.createOrganisation();
        organisation.setId(UUID.randomUUID().toString());
        organisation.setName(descriptor.name());
        organisation.setFormatVersion(XmiWorkspaceStore.CURRENT_MODEL_FORMAT);
        ResourceSet resourceSet = XmiWorkspaceStore.newResourceSet();
        Resource resource = resourceSet.createResource(URI.createFileURI(
                descriptor.folder().resolve(XmiWorkspaceStore.ORGANISATION_FILE).toAbsolutePath().toString()));
        resource.getContents().add(organisation);
        WorkspaceModel model = new WorkspaceModel(descriptor, resourceSet, organisation);
        store.save(model);
        return model;
    }

    private Optional<Opened> failed(Shell shell, WorkspaceException e) {
        dialogs.showError(shell, UiMessages.get("workspaceUnusableTitle"),
                UiMessages.get("workspaceUnusable", e.getMessage()));
        return Optional.empty();
    }

    private static void discard(RecoveryJournal journal) {
        try {
            journal.discard();
        } catch (IOException e) {
            // an undeletable copy is offered again next time
        }
    }
}
