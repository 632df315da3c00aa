package cn.qinglian.ui.internal.roster;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.WorkspaceSession;

/** The wizard dialog of 导入花名册: "Next" on the file page checks the roster before page 2 shows. */
public final class RosterImportDialog extends WizardDialog {

    private final RosterImportWizard wizard;

    public RosterImportDialog(Shell parent, WorkspaceSession session) {
        this(parent, new RosterImportWizard(session));
    }

    private RosterImportDialog(Shell parent, RosterImportWizard wizard) {
        super(parent, wizard);
        this.wizard = wizard;
    }

    public RosterImportWizard wizard() {
        return wizard;
    }

    @Override
    protected void nextPressed() {
        if (getCurrentPage() == wizard.filePage()) {
            try {
                wizard.check();
            } catch (InvocationTargetException e) {
                wizard.filePage().setErrorMessage(UiMessages.get("importRosterFailed", e.getCause()));
                return;
            } catch (InterruptedException e) {
                return;
            }
        }
        super.nextPressed();
    }

    /** Presses "Next" (tests drive the wizard through this). */
    public void next() {
        buttonPressed(IDialogConstants.NEXT_ID);
    }

    /** Presses "Finish". */
    public void finish() {
        buttonPressed(IDialogConstants.FINISH_ID);
    }

    public boolean isFinishEnabled() {
        return getButton(IDialogConstants.FINISH_ID).isEnabled();
    }
}
