package cn.qinglian.inspection.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.inspection.categories.FindingCategories;
import cn.qinglian.inspection.categories.FindingCategoryRegistry;
import cn.qinglian.ui.WorkspaceSession;

/**
 * Base of the inspection views: the session, the workflow on its command stack, labels in the workbench
 * language, and a refresh after every command, undo, redo, save or workspace switch.
 */
abstract class InspectionView extends ViewPart {

    WorkspaceSession session;
    InspectionWorkflow workflow;
    final InspectionLabels labels = new InspectionLabels(Locale.getDefault());
    private final WorkspaceSession.Listener listener = new WorkspaceSession.Listener() {
        @Override
        public void stateChanged(WorkspaceSession changed) {
            refreshIfAlive();
        }

        @Override
        public void workspaceOpened(WorkspaceSession opened) {
            refreshIfAlive();
        }
    };

    @Override
    public final void createPartControl(Composite parent) {
        session = getSite().getService(WorkspaceSession.class);
        workflow = new InspectionWorkflow(session, Clock.systemDefaultZone());
        create(parent);
        session.addListener(listener);
        refresh();
    }

    abstract void create(Composite parent);

    /** Re-reads the module data; called in the UI thread. */
    abstract void refresh();

    abstract boolean isDisposed();

    private void refreshIfAlive() {
        if (!isDisposed()) {
            refresh();
        }
    }

    private LocalDate asOf;
    private org.eclipse.swt.widgets.Text asOfField;

    /** The day deadlines are measured against: today unless the user types another (e.g. the sample's 2019-12-31). */
    LocalDate asOf() {
        return asOf != null ? asOf : workflow.today();
    }

    public void setAsOf(LocalDate day) {
        asOf = day;
        if (asOfField != null && !asOfField.isDisposed()) {
            asOfField.setText(day.toString());
        }
        refresh();
    }

    /** A "截至" date field in {@code parent} (two grid columns). */
    void asOfField(Composite parent) {
        new org.eclipse.swt.widgets.Label(parent, org.eclipse.swt.SWT.NONE).setText(InspectionUiMessages.get("asOf"));
        asOfField = new org.eclipse.swt.widgets.Text(parent, org.eclipse.swt.SWT.BORDER);
        asOfField.setText(asOf().toString());
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().hint(90, org.eclipse.swt.SWT.DEFAULT).applyTo(asOfField);
        asOfField.addModifyListener(e -> {
            try {
                LocalDate day = LocalDate.parse(asOfField.getText().strip());
                if (!day.equals(asOf)) {
                    asOf = day;
                    refresh();
                }
            } catch (java.time.format.DateTimeParseException ignored) {
                // keep the last valid day until the text is a date again
            }
        });
    }

    FindingCategories categories() {
        return new FindingCategoryRegistry().categories();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(listener);
        }
        super.dispose();
    }

    String ask(String titleKey, String promptKey, String initial) {
        InputDialog dialog = new InputDialog(getSite().getShell(), InspectionUiMessages.get(titleKey),
                InspectionUiMessages.get(promptKey), initial, text -> text == null || text.isBlank()
                        ? InspectionUiMessages.get("required") : null);
        return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
    }

    void error(String message) {
        MessageDialog.openError(getSite().getShell(), InspectionUiMessages.get("errorTitle"), message);
    }

    static Action action(String key, Runnable run) {
        Action action = new Action(InspectionUiMessages.get(key)) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(InspectionUiMessages.get(key));
        return action;
    }
}
