package cn.qinglian.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The workbench's own command-line arguments (Equinox has removed its own by now):
 * {@code --workspace DIR} opens DIR instead of the bundled sample.
 */
record StartupArguments(Optional<Path> workspace) {

    static StartupArguments parse(List<String> arguments) {
        Path workspace = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--workspace") && i + 1 < arguments.size()) {
                workspace = Path.of(arguments.get(++i));
            } else if (argument.startsWith("--workspace=")) {
                workspace = Path.of(argument.substring("--workspace=".length()));
            }
        }
        return new StartupArguments(Optional.ofNullable(workspace));
    }

    /** The folder to open: the one asked for, else the sample shipped in the installation. */
    Path workspaceOr(Path installFolder) {
        return workspace.orElse(installFolder.resolve(SAMPLE_WORKSPACE)).toAbsolutePath().normalize();
    }

    /** Where the product ships the L-district sample, relative to the installation folder. */
    static final String SAMPLE_WORKSPACE = "samples/l-district";
}
