package cn.qinglian.cli;

import java.util.List;

/**
 * A headless sub-command of {@code qinglian}, contributed through the extension point
 * {@code cn.qinglian.cli.subcommands}.
 */
public interface SubCommand {

    /** Exit code: the command did its job. */
    int OK = 0;
    /** Exit code: the command ran and found problems (e.g. validation errors). */
    int PROBLEMS_FOUND = 1;
    /** Exit code: the input was unusable (bad argument, unreadable or missing file). */
    int BAD_INPUT = 2;

    /**
     * Runs the command.
     *
     * @param arguments the arguments after the sub-command's name, unchanged
     * @param context where to print and report progress
     * @return the process exit code, one of {@link #OK}, {@link #PROBLEMS_FOUND}, {@link #BAD_INPUT}
     * @throws UsageException when an argument is missing or wrong (printed with the usage, exit 2)
     */
    int run(List<String> arguments, CommandContext context) throws UsageException;
}
