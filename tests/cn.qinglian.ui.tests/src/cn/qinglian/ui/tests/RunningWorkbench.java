package cn.qinglian.ui.tests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import cn.qinglian.ui.internal.QinglianApplication;

/**
 * Runs our real application (advisors, perspective, product) in the test's thread and a scenario
 * inside its UI thread once the first window is open; then closes the workbench. Failures of the
 * scenario are rethrown to the test.
 */
final class RunningWorkbench {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);

    interface Scenario {
        void run(IWorkbench workbench) throws Exception;
    }

    private RunningWorkbench() {
    }

    /** The L-district sample as shipped with the product, in the source tree. */
    static Path sampleWorkspace() {
        return Path.of(System.getProperty("qinglian.root"),
                "features/cn.qinglian.workbench.feature/rootfiles/common/samples/l-district");
    }

    static void run(List<String> arguments, Scenario scenario) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread driver = new Thread(() -> drive(scenario, failure), "workbench-test-driver");
        driver.setDaemon(true);
        driver.start();
        Object code = new QinglianApplication().run(arguments, sampleWorkspace().getParent().getParent());
        driver.join(STARTUP_LIMIT.toMillis());
        Throwable thrown = failure.get();
        if (thrown instanceof Exception e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        if (!Integer.valueOf(0).equals(code)) {
            throw new AssertionError("workbench exited with " + code);
        }
    }

    private static void drive(Scenario scenario, AtomicReference<Throwable> failure) {
        try {
            IWorkbench workbench = awaitWindow();
            Display display = workbench.getDisplay();
            display.syncExec(() -> {
                try {
                    Screenshots.settle(display, 300);
                    scenario.run(workbench);
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
        } catch (Throwable t) {
            failure.set(t);
        } finally {
            if (PlatformUI.isWorkbenchRunning()) {
                IWorkbench workbench = PlatformUI.getWorkbench();
                workbench.getDisplay().syncExec(workbench::close);
            }
        }
    }

    private static IWorkbench awaitWindow() throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (PlatformUI.isWorkbenchRunning()) {
                IWorkbench workbench = PlatformUI.getWorkbench();
                AtomicReference<Boolean> open = new AtomicReference<>(false);
                workbench.getDisplay().syncExec(() -> open.set(workbench.getActiveWorkbenchWindow() != null
                        && workbench.getActiveWorkbenchWindow().getShell().isVisible()));
                if (open.get()) {
                    return workbench;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no workbench window within " + STARTUP_LIMIT);
    }
}
