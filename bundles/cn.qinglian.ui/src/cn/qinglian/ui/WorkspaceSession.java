package cn.qinglian.ui;

import java.util.Objects;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.WorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceDescriptor;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.provider.QinglianItemProviderAdapterFactory;

/**
 * The workspace the workbench has open, with the one editing domain and command stack every change
 * goes through (undo, redo, dirty state and the recovery journal all come from there). One per
 * workbench; parts obtain it with {@code getSite().getService(WorkspaceSession.class)}. Opening
 * another workspace replaces the model, domain and stack in place and tells the listeners.
 * Used in the UI thread only.
 */
public final class WorkspaceSession {

    /** Told about changes of the session; every method has an empty default. */
    public interface Listener {
        /** A command was executed, undone or redone, or the workspace was saved. */
        default void stateChanged(WorkspaceSession session) {
        }

        /** Another workspace (or another copy of it) is now open; the previous model is gone. */
        default void workspaceOpened(WorkspaceSession session) {
        }
    }

    private final WorkspaceStore store;
    private final ComposedAdapterFactory adapterFactory;
    private final ListenerList<Listener> listeners = new ListenerList<>();
    private final CommandStackListener stackListener = event -> fireStateChanged();
    private WorkspaceModel model;
    private AdapterFactoryEditingDomain domain;
    private boolean unsavedRestore;

    /**
     * @param store saves the workspace
     * @param model the loaded workspace
     * @param restored whether {@code model} is a recovered copy that differs from the saved file
     */
    public WorkspaceSession(WorkspaceStore store, WorkspaceModel model, boolean restored) {
        this.store = Objects.requireNonNull(store);
        this.adapterFactory = new ComposedAdapterFactory();
        adapterFactory.addAdapterFactory(new QinglianItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        install(model, restored);
    }

    /** Replaces the open workspace by {@code next}; the previous changes are dropped. */
    public void open(WorkspaceModel next, boolean restored) {
        domain.getCommandStack().removeCommandStackListener(stackListener);
        install(next, restored);
        for (Listener listener : listeners) {
            listener.workspaceOpened(this);
        }
    }

    private void install(WorkspaceModel next, boolean restored) {
        this.model = Objects.requireNonNull(next);
        this.unsavedRestore = restored;
        BasicCommandStack stack = new BasicCommandStack();
        stack.addCommandStackListener(stackListener);
        this.domain = new AdapterFactoryEditingDomain(adapterFactory, stack, next.resourceSet());
        // lets generic code find the domain of any object: AdapterFactoryEditingDomain.getEditingDomainFor
        next.resourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
    }

    public WorkspaceDescriptor workspace() {
        return model.descriptor();
    }

    public WorkspaceModel model() {
        return model;
    }

    public Organisation organisation() {
        return model.organisation();
    }

    /** Item providers of the model (labels, children, property descriptors); lives as long as the session. */
    public AdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public EditingDomain editingDomain() {
        return domain;
    }

    public BasicCommandStack commandStack() {
        return (BasicCommandStack) domain.getCommandStack();
    }

    /** Whether the open workspace has changes that are not saved. */
    public boolean isDirty() {
        return unsavedRestore || commandStack().isSaveNeeded();
    }

    /**
     * Executes {@code command} on the command stack.
     *
     * @return false when the command cannot execute (nothing changed)
     */
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        commandStack().execute(command);
        return true;
    }

    /** Saves the workspace through the store; afterwards it is no longer dirty. */
    public void save() throws WorkspaceException {
        store.save(model);
        commandStack().saveIsDone();
        unsavedRestore = false;
        fireStateChanged();
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Releases the item providers; the session is unusable afterwards. */
    public void dispose() {
        domain.getCommandStack().removeCommandStackListener(stackListener);
        adapterFactory.dispose();
    }

    private void fireStateChanged() {
        for (Listener listener : listeners) {
            listener.stateChanged(this);
        }
    }
}
