package cn.qinglian.evaluation.ui.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import cn.qinglian.ui.WorkspaceSession;

/**
 * Runs the product's application ({@code cn.qinglian.ui.application}, found through the extension registry
 * as the launcher finds it — the module needs nothing internal of the workbench) on a temporary copy of the
 * shipped L-district sample, runs a scenario in the UI thread once the window shows, then closes the
 * workbench. Errors the platform log received meanwhile fail the test.
 */
final class ProductWorkbench {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);

    interface Scenario {
        void run(IWorkbench workbench) throws Exception;
    }

    private ProductWorkbench() {
    }

    static Path sample() {
        return Path.of(System.getProperty("qinglian.root"),
                "features/cn.qinglian.workbench.feature/rootfiles/common/samples/l-district");
    }

    static void run(Scenario scenario) throws Exception {
        Path workspace = copyOfSample();
        long logged = logSize();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread driver = new Thread(() -> drive(scenario, failure), "evaluation-ui-test-driver");
        driver.setDaemon(true);
        driver.start();
        Object code = application().start(context("--workspace", workspace.toString()));
        driver.join(STARTUP_LIMIT.toMillis());
        if (failure.get() instanceof Exception e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        String errors = errorsLoggedSince(logged);
        if (!errors.isEmpty()) {
            throw new AssertionError("the workbench logged errors:\n" + errors);
        }
        if (!Integer.valueOf(0).equals(code)) {
            throw new AssertionError("workbench exited with " + code);
        }
    }

    private static IApplication application() throws Exception {
        for (IConfigurationElement element : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.core.runtime.applications")) {
            if ("cn.qinglian.ui.application".equals(element.getDeclaringExtension().getUniqueIdentifier())) {
                return (IApplication) element.getChildren("run")[0].createExecutableExtension("class");
            }
        }
        throw new AssertionError("the product's application is not installed");
    }

    private static IApplicationContext context(String... arguments) {
        Map<String, Object> args = Map.of(IApplicationContext.APPLICATION_ARGS, arguments);
        return (IApplicationContext) Proxy.newProxyInstance(ProductWorkbench.class.getClassLoader(),
                new Class<?>[] { IApplicationContext.class },
                (proxy, method, parameters) -> method.getName().equals("getArguments") ? args : null);
    }

    private static Path copyOfSample() throws IOException {
        Path copy = Files.createTempDirectory("qinglian-evaluation-ui");
        try (Stream<Path> files = Files.list(sample())) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    Files.copy(file, copy.resolve(file.getFileName()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return copy;
    }

    private static void drive(Scenario scenario, AtomicReference<Throwable> failure) {
        try {
            IWorkbench workbench = awaitWindow();
            workbench.getDisplay().syncExec(() -> {
                try {
                    settle(workbench.getDisplay(), 300);
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
                workbench.getDisplay().syncExec(() -> {
                    saveTheCopy(workbench);
                    workbench.close();
                });
            }
        }
    }

    /** A scenario that failed half-way leaves changes; the copy is saved so closing asks nothing. */
    private static void saveTheCopy(IWorkbench workbench) {
        WorkspaceSession session = workbench.getService(WorkspaceSession.class);
        if (session == null && workbench.getActiveWorkbenchWindow() != null) {
            session = workbench.getActiveWorkbenchWindow().getService(WorkspaceSession.class);
        }
        try {
            if (session != null && session.isDirty()) {
                session.save();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
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

    static void settle(Display display, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Lets the UI run until {@code condition} holds (at most 10 s, then the test's assertions tell). */
    static void waitFor(Display display, java.util.function.BooleanSupplier condition) {
        long end = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            settle(display, 50);
        }
        settle(display, 100);
    }

    private static Path log() {
        return Path.of(Platform.getInstanceLocation().getURL().getPath(), ".metadata", ".log");
    }

    private static long logSize() throws IOException {
        return Files.exists(log()) ? Files.size(log()) : 0;
    }

    private static String errorsLoggedSince(long offset) throws IOException {
        if (!Files.exists(log())) {
            return "";
        }
        byte[] all = Files.readAllBytes(log());
        String added = new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                StandardCharsets.UTF_8);
        StringBuilder errors = new StringBuilder();
        for (String entry : added.split("(?=!ENTRY )")) {
            if (entry.matches("(?s)!ENTRY \\S+ 4 .*")) {
                errors.append(entry);
            }
        }
        return errors.toString();
    }
}
