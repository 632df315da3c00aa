package cn.qinglian.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;

/**
 * Starts the workbench of a product copy on a display (Xvfb under {@code xvfb-run}), waits for its window
 * titled "清廉站所巡察工作台 — WORKSPACE" ({@code xwininfo} of x11-utils lists the windows), saves a
 * screenshot into {@code target/screenshots}, checks that the process still runs and that the workbench log
 * has no error entry, and closes it.
 */
final class WorkbenchWindow {

    private static final Pattern ERROR_ENTRY = Pattern.compile("(?m)^!ENTRY (\\S+) 4 .*\\R!MESSAGE (.*)$");

    private WorkbenchWindow() {
    }

    /** Skips the test without a display or without xwininfo. */
    static void assumeDisplay() {
        Assumptions.assumeTrue(displayAvailable(), "needs a display (xvfb-run) and xwininfo (x11-utils)");
    }

    /** Whether a display and xwininfo are there to start and watch the workbench. */
    static boolean displayAvailable() {
        return System.getenv("DISPLAY") != null && Files.isExecutable(Path.of("/usr/bin/xwininfo"));
    }

    /**
     * Starts the workbench of {@code copy} on {@code workspace} named {@code name}, and returns the window
     * tree's lines after the window appeared.
     */
    static String startAndClose(ProductCopy copy, Path workspace, String name, String screenshot) throws Exception {
        assumeDisplay();
        Path out = Files.createTempFile("qinglian-gui", ".txt");
        Process process = copy.start(List.of("--workspace", workspace.toString()), out, out);
        try {
            String title = "清廉站所巡察工作台 — " + name;
            String windows = "";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!windows.contains(title) && System.nanoTime() < deadline && process.isAlive()) {
                Thread.sleep(1000);
                windows = windowTree();
            }
            assertTrue(windows.contains(title), "no window \"" + title + "\"; workbench output:\n"
                    + Files.readString(out, StandardCharsets.UTF_8) + "\nlog:\n" + log(copy));
            Thread.sleep(4000); // the views fill in after the window opens
            screenshot(screenshot);
            assertTrue(process.isAlive(), "the workbench ended: " + Files.readString(out, StandardCharsets.UTF_8));
            assertEquals("", errors(log(copy)), "errors in the workbench log");
            return windows;
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String windowTree() throws IOException, InterruptedException {
        Process xwininfo = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true).start();
        String tree = new String(xwininfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        xwininfo.waitFor(10, TimeUnit.SECONDS);
        return tree;
    }

    static String log(ProductCopy copy) throws IOException {
        Path log = copy.home.resolve(".qinglian/workbench/.metadata/.log");
        return Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** The error entries of an Eclipse log, one "bundle: message" per line. */
    static String errors(String log) {
        StringBuilder errors = new StringBuilder();
        Matcher matcher = ERROR_ENTRY.matcher(log);
        while (matcher.find()) {
            errors.append(matcher.group(1)).append(": ").append(matcher.group(2)).append('\n');
        }
        return errors.toString();
    }

    private static void screenshot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of(System.getProperty("qinglian.screenshots", "target/screenshots")));
        BufferedImage image = new Robot().createScreenCapture(new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()));
        ImageIO.write(image, "png", folder.resolve(name + ".png").toFile());
    }
}
