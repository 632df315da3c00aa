package cn.qinglian.ui.internal.editors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.emf.ModelPropertySheetPage;
import cn.qinglian.ui.internal.WorkspaceSaving;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs;
import cn.qinglian.ui.internal.explorer.ModelIcons;

/**
 * A form editor of one model object. It shares the session's editing domain: its fields change the
 * model through commands, its dirty state is the command stack's, saving saves the workspace. It shows
 * the model again after every command (also undo and redo elsewhere) and closes when its object is
 * deleted or another workspace is opened. Closing it never asks to save: the changes stay in the
 * workspace, which asks when the workbench closes.
 */
abstract class ModelEditor<T extends EObject> extends EditorPart {

    private final Class<T> type;
    private WorkspaceSession session;
    private T object;
    private FormToolkit toolkit;
    private ScrolledForm form;
    private FormFields fields;
    private final WorkspaceSession.Listener listener = new WorkspaceSession.Listener() {
        @Override
        public void stateChanged(WorkspaceSession changed) {
            modelChanged();
        }

        @Override
        public void workspaceOpened(WorkspaceSession opened) {
            close();
        }
    };

    ModelEditor(Class<T> type) {
        this.type = type;
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ModelEditorInput modelInput) || !type.isInstance(modelInput.object())) {
            throw new PartInitException(String.valueOf(input));
        }
        setSite(site);
        setInput(input);
        session = site.getService(WorkspaceSession.class);
        object = type.cast(modelInput.object());
        setPartName(input.getName());
        session.addListener(listener);
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        toolkit.decorateFormHeading(form.getForm());
        form.setImage(new LocalResourceManager(JFaceResources.getResources(), form).create(ModelIcons.of(object)));
        GridLayoutFactory.swtDefaults().numColumns(1).margins(10, 10).spacing(10, 12).applyTo(form.getBody());
        fields = new FormFields(toolkit, session, object);
        createContent(form.getBody());
        refresh();
    }

    /** Creates the sections of the form. */
    protected abstract void createContent(Composite body);

    /** The title of the form for the current state of the object. */
    protected abstract String title();

    /** Shows the model again (after a change). */
    protected void refresh() {
        form.setText(title());
        setPartName(getEditorInput().getName());
        fields.refresh();
    }

    protected Section section(Composite body, String title, boolean grab) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR);
        section.setText(title);
        GridDataFactory.fillDefaults().grab(true, grab).applyTo(section);
        Composite client = toolkit.createComposite(section);
        toolkit.paintBordersFor(client);
        section.setClient(client);
        return section;
    }

    protected FormFields fields() {
        return fields;
    }

    protected FormToolkit toolkit() {
        return toolkit;
    }

    protected T object() {
        return object;
    }

    protected WorkspaceSession session() {
        return session;
    }

    private void modelChanged() {
        if (object.eResource() == null) {
            close();
            return;
        }
        firePropertyChange(PROP_DIRTY);
        if (form != null && !form.isDisposed()) {
            refresh();
        }
    }

    private void close() {
        if (form != null && !form.isDisposed()) {
            form.getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
        }
    }

    @Override
    public boolean isDirty() {
        return session.isDirty();
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        return false;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        WorkspaceSaving.save(session, getSite().getShell(), getSite().getService(QinglianDialogs.class));
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public <A> A getAdapter(Class<A> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new ModelPropertySheetPage(session));
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(listener);
        }
        if (fields != null) {
            fields.dispose();
        }
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }
}
