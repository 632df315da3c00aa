package cn.qinglian.ui.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.WorkspaceOpener.Opened;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs;
import cn.qinglian.ui.internal.dialogs.SwtDialogs;

/** The workbench application: opens the workspace, then runs the workbench until it closes. */
public class QinglianApplication implements IApplication {

    /** Exit code when the workspace could not be opened (or the user declined what it needed). */
    public static final int EXIT_NO_WORKSPACE = 2;

    private final QinglianDialogs dialogs;

    public QinglianApplication() {
        this(new SwtDialogs());
    }

    /** An application asking its questions through {@code dialogs} (tests answer them). */
    public QinglianApplication(QinglianDialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return run(raw == null ? List.of() : Arrays.asList(raw), installFolder());
    }

    /**
     * Runs the workbench until it closes.
     *
     * @param arguments the application arguments ({@code --workspace DIR})
     * @param installFolder the installation, whose {@code samples/l-district} opens by default
     * @return the application's exit code
     */
    public Object run(List<String> arguments, Path installFolder) {
        StartupArguments startup = StartupArguments.parse(arguments);
        Display display = PlatformUI.createDisplay();
        try {
            Display.setAppName(UiMessages.get("aboutProduct"));
            XmiWorkspaceStore store = XmiWorkspaceStore.installed();
            Path folder = startup.workspaceOr(installFolder);
            Optional<Opened> opened = new WorkspaceOpener(store, dialogs).open(null, folder);
            if (opened.isEmpty()) {
                return Integer.valueOf(EXIT_NO_WORKSPACE);
            }
            RecentWorkspaces.instance().add(folder);
            WorkspaceSession session = new WorkspaceSession(store, opened.get().model(), opened.get().restored());
            QinglianWorkbenchAdvisor advisor = new QinglianWorkbenchAdvisor(session, dialogs);
            try {
                int code = PlatformUI.createAndRunWorkbench(display, advisor);
                return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
            } finally {
                advisor.disposeApplicationContext();
                session.dispose();
            }
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }

    private static Path installFolder() throws URISyntaxException {
        return Path.of(Platform.getInstallLocation().getURL().toURI());
    }
}
