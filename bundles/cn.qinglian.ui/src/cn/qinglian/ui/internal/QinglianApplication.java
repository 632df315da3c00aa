package cn.qinglian.ui.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import cn.qinglian.core.workspace.WorkspaceDescriptor;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.WorkspaceSession;

/** The workbench application: opens the workspace, then runs the workbench until it closes. */
public class QinglianApplication implements IApplication {

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
            WorkspaceDescriptor workspace;
            try {
                workspace = WorkspaceDescriptor.read(startup.workspaceOr(installFolder));
            } catch (WorkspaceException e) {
                MessageDialog.openError(null, UiMessages.get("workspaceUnusableTitle"),
                        UiMessages.get("workspaceUnusable", e.getMessage()));
                return Integer.valueOf(2);
            }
            int code = PlatformUI.createAndRunWorkbench(display,
                    new QinglianWorkbenchAdvisor(new WorkspaceSession(workspace)));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
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
