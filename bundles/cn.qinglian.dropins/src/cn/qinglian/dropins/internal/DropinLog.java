package cn.qinglian.dropins.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.osgi.framework.log.FrameworkLog;
import org.eclipse.osgi.framework.log.FrameworkLogEntry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Where drop-in messages go: standard error (the user sees them in the terminal or the command's
 * output) and the Eclipse log ({@code .metadata/.log} of the workbench state, or a file in
 * {@code configuration/} for the command line).
 */
final class DropinLog {

    private static final String BUNDLE = "cn.qinglian.dropins";

    private final BundleContext context;
    private final PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);

    DropinLog(BundleContext context) {
        this.context = context;
    }

    void info(String message) {
        write(FrameworkLogEntry.INFO, message);
    }

    void warn(String message) {
        write(FrameworkLogEntry.WARNING, message);
    }

    private void write(int severity, String message) {
        err.println("qinglian: " + message);
        ServiceReference<FrameworkLog> reference = context.getServiceReference(FrameworkLog.class);
        FrameworkLog log = reference == null ? null : context.getService(reference);
        if (log == null) {
            return;
        }
        try {
            log.log(new FrameworkLogEntry(BUNDLE, severity, 0, message, 0, null, null));
        } finally {
            context.ungetService(reference);
        }
    }
}
