package cn.qinglian.cli.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.cli.internal.CommandLineDispatcher;
import cn.qinglian.cli.internal.SubCommandRegistry;

/**
 * Base of the tests that run sub-commands as users do: through the real extension registry, in
 * Chinese (the product's default language), with a temporary folder and the printed output kept.
 */
abstract class RegisteredCommandTest {

    private final Locale previous = Locale.getDefault();
    protected CapturingContext context = new CapturingContext();

    @TempDir
    protected Path folder;

    @BeforeEach
    void chinese() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(previous);
    }

    /** Runs {@code qinglian ARGUMENTS...} and returns its exit code. */
    protected int run(String... arguments) {
        var descriptors = new SubCommandRegistry(Platform.getExtensionRegistry()).descriptors();
        return new CommandLineDispatcher(descriptors, context).run(List.of(arguments));
    }
}
