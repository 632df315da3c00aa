package cn.qinglian.ui.internal.roster;

import java.lang.reflect.InvocationTargetException;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.wizard.Wizard;

import cn.qinglian.core.roster.RosterImport;
import cn.qinglian.core.roster.RosterProgress;
import cn.qinglian.core.roster.RosterSheet;
import cn.qinglian.model.Organisation;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.WorkspaceSession;

/**
 * 导入花名册: choose a file and see its first rows, check every row against the open workspace, then
 * import all rows as one undoable command — or nothing, when any row has a problem.
 */
public final class RosterImportWizard extends Wizard {

    private final WorkspaceSession session;
    private final RosterFilePage filePage = new RosterFilePage();
    private final RosterCheckPage checkPage = new RosterCheckPage();
    private RosterImport checked;

    public RosterImportWizard(WorkspaceSession session) {
        this.session = session;
        setWindowTitle(UiMessages.get("importRosterTitle"));
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(filePage);
        addPage(checkPage);
    }

    public RosterFilePage filePage() {
        return filePage;
    }

    public RosterCheckPage checkPage() {
        return checkPage;
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == checkPage && checkPage.isPageComplete();
    }

    /** Checks the chosen sheet with a progress bar and shows the outcome on the check page. */
    void check() throws InvocationTargetException, InterruptedException {
        RosterSheet sheet = filePage.sheet().orElseThrow();
        Organisation organisation = session.organisation();
        String[] summary = new String[1];
        getContainer().run(true, true, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, UiMessages.get("importRosterChecking"), 2);
            checked = RosterImport.check(sheet, organisation, progressOf(progress.split(1)));
            if (checked.isValid()) {
                summary[0] = checked.apply(EcoreUtil.copy(organisation),
                        progressOf(progress.split(1))).describe(Locale.getDefault());
            }
        });
        if (checked.isValid()) {
            checkPage.showSummary(checked.rowCount(), summary[0]);
        } else {
            checkPage.showProblems(checked.problems());
        }
    }

    @Override
    public boolean performFinish() {
        return checked != null && session.execute(new ImportRosterCommand(checked, session.organisation()));
    }

    private static RosterProgress progressOf(IProgressMonitor monitor) {
        int[] reported = new int[1];
        return (phase, done, total) -> {
            if (monitor.isCanceled()) {
                throw new org.eclipse.core.runtime.OperationCanceledException();
            }
            if (reported[0] == 0 && total > 0) {
                monitor.beginTask(UiMessages.get("importRosterPhase_" + phase.name()), total);
            }
            monitor.worked(done - reported[0]);
            reported[0] = Math.max(reported[0], done);
        };
    }
}
