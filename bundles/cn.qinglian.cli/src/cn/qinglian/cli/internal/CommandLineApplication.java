package cn.qinglian.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application behind {@code qinglian COMMAND ...}; its result is the exit code. */
public class CommandLineApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> arguments = raw == null ? List.of() : Arrays.asList(raw);
        context.applicationRunning();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        var commandContext = new StreamCommandContext(out, err, Locale.getDefault());
        var registry = new SubCommandRegistry(Platform.getExtensionRegistry());
        return new CommandLineDispatcher(registry.descriptors(), commandContext).run(arguments);
    }

    @Override
    public void stop() {
        // runs to completion; nothing to interrupt
    }
}
