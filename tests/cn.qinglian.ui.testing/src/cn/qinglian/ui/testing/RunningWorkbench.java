package cn.qinglian.ui.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import cn.qinglian.ui.internal.QinglianApplication;

/**
 * Runs our real application (advisors, perspective, product) in the test's thread and a scenario
 * inside its UI thread once the first window is open; then closes the workbench. The user's answers
 * come from {@link ScriptedDialogs}. The application's installation folder is a temporary copy holding
 * the shipped L-district sample, so nothing is written into the source tree. Failures of the scenario
 * are rethrown to the test; so are questions the script did not expect.
 */
public final class RunningWorkbench {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);

    public interface Scenario {
        void run(IWorkbench workbench) throws Exception;
    }

    private RunningWorkbench() {
    }

    /** The L-district sample as shipped with the product, in the source tree. */
    public static Path sampleWorkspace() {
        return Path.of(System.getProperty("qinglian.root"),
                "features/cn.qinglian.workbench.feature/rootfiles/common/samples/l-district");
    }

    public static void run(List<String> arguments, Scenario scenario) throws Exception {
        run(arguments, new ScriptedDialogs(), scenario);
    }

    public static void run(List<String> arguments, ScriptedDialogs dialogs, Scenario scenario) throws Exception {
        long logged = logSize();
        Object code = start(arguments, dialogs, scenario);
        String errors = errorsLoggedSince(logged);
        if (!errors.isEmpty()) {
            throw new AssertionError("the workbench logged errors:\n" + errors);
        }
        if (!dialogs.unexpected().isEmpty()) {
            throw new AssertionError("unexpected questions: " + dialogs.unexpected());
        }
        if (!Integer.valueOf(0).equals(code)) {
            throw new AssertionError("workbench exited with " + code + "; errors shown: " + dialogs.errors());
        }
    }

    /** Runs the application and returns its exit code (the scenario runs only if a window opens). */
    public static Object start(List<String> arguments, ScriptedDialogs dialogs, Scenario scenario) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean ended = new AtomicBoolean();
        Thread driver = new Thread(() -> drive(scenario, failure, ended), "workbench-test-driver");
        driver.setDaemon(true);
        driver.start();
        forgetWindowLayout();
        UiEventsOfTheCurrentWorkbench.connect();
        Object code;
        try {
            code = new QinglianApplication(dialogs).run(arguments, temporaryInstallation());
        } finally {
            ended.set(true);
        }
        driver.join(STARTUP_LIMIT.toMillis());
        Throwable thrown = failure.get();
        if (thrown instanceof Exception e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        return code;
    }

    private static Path log() {
        return Path.of(Platform.getInstanceLocation().getURL().getPath(), ".metadata", ".log");
    }

    private static long logSize() throws IOException {
        return Files.exists(log()) ? Files.size(log()) : 0;
    }

    /** The error entries (severity 4) the platform log received after {@code offset}. */
    private static String errorsLoggedSince(long offset) throws IOException {
        if (!Files.exists(log())) {
            return "";
        }
        byte[] all = Files.readAllBytes(log());
        String added = new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder errors = new StringBuilder();
        for (String entry : added.split("(?=!ENTRY )")) {
            if (entry.matches("(?s)!ENTRY \\S+ 4 .*")) {
                errors.append(entry);
            }
        }
        return errors.toString();
    }

    /** Every run starts from the initial perspective, whatever the previous run left open. */
    private static void forgetWindowLayout() throws Exception {
        Path instance = Path.of(Platform.getInstanceLocation().getURL().getPath());
        Files.deleteIfExists(instance.resolve(".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi"));
    }

    private static Path temporaryInstallation() throws IOException {
        Path installation = Files.createTempDirectory("qinglian-install");
        Path sample = installation.resolve("samples/l-district");
        Files.createDirectories(sample);
        try (Stream<Path> files = Files.list(sampleWorkspace())) {
            files.filter(Files::isRegularFile).forEach(file -> copy(file, sample.resolve(file.getFileName())));
        }
        return installation;
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drive(Scenario scenario, AtomicReference<Throwable> failure, AtomicBoolean ended) {
        try {
            IWorkbench workbench = awaitWindow(ended);
            if (workbench == null) {
                return;
            }
            Display display = workbench.getDisplay();
            inUiThread(display, () -> {
                try {
                    // The platform's activity manager throws at shutdown when nobody ever listened to it,
                    // which happens from the second workbench of a process on: listen, so restarts work.
                    workbench.getActivitySupport().getActivityManager().addActivityManagerListener(event -> {
                    });
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
                try {
                    inUiThread(workbench.getDisplay(), workbench::close);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Whether the workbench's window shows, asked in the UI thread; false when no answer came by {@code deadline}. */
    private static boolean windowShows(IWorkbench workbench, long deadline) throws InterruptedException {
        AtomicBoolean open = new AtomicBoolean();
        boolean answered = inUiThread(workbench.getDisplay(), () -> open.set(workbench.getActiveWorkbenchWindow() != null
                && workbench.getActiveWorkbenchWindow().getShell().isVisible()), deadline);
        return answered && open.get();
    }

    private static void inUiThread(Display display, Runnable task) throws InterruptedException {
        inUiThread(display, task, Long.MAX_VALUE);
    }

    /**
     * Runs {@code task} in the UI thread of {@code display} and waits for it until {@code deadline}
     * ({@link System#nanoTime()}); rethrows what it threw; false if it did not run in time or the display
     * went away. Not by {@code syncExec}: while the workbench started, the UI thread once slept through a
     * {@code syncExec}'s wake-up and the test waited forever (the build's 15-minute limit killed it), so
     * this wakes the display again while it waits.
     */
    private static boolean inUiThread(Display display, Runnable task, long deadline) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        try {
            display.asyncExec(() -> {
                try {
                    task.run();
                } catch (Throwable t) {
                    thrown.set(t);
                } finally {
                    done.countDown();
                }
            });
            while (!done.await(200, TimeUnit.MILLISECONDS)) {
                if (display.isDisposed() || System.nanoTime() > deadline) {
                    return false;
                }
                display.wake();
            }
        } catch (SWTException e) {
            return false; // the display went away: the application ended
        }
        if (thrown.get() instanceof RuntimeException e) {
            throw e;
        } else if (thrown.get() instanceof Error e) {
            throw e;
        } else if (thrown.get() != null) {
            throw new IllegalStateException(thrown.get());
        }
        return true;
    }

    /** The workbench once its window shows; null if the application ended without one. */
    private static IWorkbench awaitWindow(AtomicBoolean ended) throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (ended.get()) {
                return null;
            }
            if (PlatformUI.isWorkbenchRunning()) {
                IWorkbench workbench = PlatformUI.getWorkbench();
                if (windowShows(workbench, deadline)) {
                    return workbench;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no workbench window within " + STARTUP_LIMIT);
    }
}
