package cn.qinglian.ui.emf;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.properties.PropertySheetPage;

import cn.qinglian.ui.WorkspaceSession;

/**
 * The Properties view's page for model objects: {@link ModelPropertySource}s, refreshed after every
 * command, undo and redo of the session's command stack.
 */
public class ModelPropertySheetPage extends PropertySheetPage {

    private final WorkspaceSession session;
    private final ModelLabelProvider labels;
    private final ModelPropertySourceProvider provider;
    private final WorkspaceSession.Listener refresher = new WorkspaceSession.Listener() {
        @Override
        public void stateChanged(WorkspaceSession changed) {
            refreshLater();
        }
    };

    public ModelPropertySheetPage(WorkspaceSession session) {
        this.session = session;
        this.labels = new ModelLabelProvider(session.adapterFactory());
        this.provider = new ModelPropertySourceProvider(labels);
        setPropertySourceProvider(provider);
        session.addListener(refresher);
    }

    /** The provider of the property sources this page shows. */
    public ModelPropertySourceProvider propertySourceProvider() {
        return provider;
    }

    private void refreshLater() {
        Control control = getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed()) {
                refresh();
            }
        });
    }

    @Override
    public void dispose() {
        session.removeListener(refresher);
        super.dispose();
        labels.dispose();
    }
}
