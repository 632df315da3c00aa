package cn.qinglian.cli.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.qinglian.cli.CliMessages;
import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.UsageException;

/**
 * Picks the sub-command named by the first argument and runs it with the rest. Knows nothing of
 * OSGi: the descriptors come from the caller, so the dispatch rules are tested as plain Java.
 */
public final class CommandLineDispatcher {

    private final Map<String, SubCommandDescriptor> commands = new LinkedHashMap<>();
    private final CommandContext context;

    public CommandLineDispatcher(List<SubCommandDescriptor> descriptors, CommandContext context) {
        this.context = context;
        descriptors.stream().sorted(Comparator.comparing(SubCommandDescriptor::name)).forEach(d -> {
            SubCommandDescriptor previous = commands.putIfAbsent(d.name(), d);
            if (previous != null) {
                context.err().println("ignored duplicate sub-command " + d.name() + " of " + d.contributor()
                        + " (already contributed by " + previous.contributor() + ")");
            }
        });
    }

    /** Runs the command line and returns the exit code. */
    public int run(List<String> arguments) {
        if (arguments.isEmpty() || isHelp(arguments.get(0))) {
            printHelp();
            return SubCommand.OK;
        }
        String name = arguments.get(0);
        SubCommandDescriptor descriptor = commands.get(name);
        if (descriptor == null) {
            context.err().println(CliMessages.format("unknownCommand", name));
            return SubCommand.BAD_INPUT;
        }
        List<String> rest = arguments.subList(1, arguments.size());
        if (rest.size() == 1 && isHelp(rest.get(0))) {
            context.out().println(CliMessages.format("usageLine", descriptor.usage()));
            context.out().println(descriptor.description());
            return SubCommand.OK;
        }
        try {
            return descriptor.factory().get().run(rest, context);
        } catch (UsageException e) {
            context.err().println(e.getMessage());
            context.err().println(CliMessages.format("usageLine", descriptor.usage()));
            return SubCommand.BAD_INPUT;
        } catch (RuntimeException e) {
            context.err().println(CliMessages.format("commandFailed", name, e));
            e.printStackTrace(context.err());
            return SubCommand.BAD_INPUT;
        } catch (LinkageError e) {
            // a plug-in compiled against another version of the workbench: say which, never exit 0
            context.err().println(CliMessages.format("commandIncompatible", name, descriptor.contributor(), e));
            return SubCommand.BAD_INPUT;
        }
    }

    private void printHelp() {
        context.out().println(CliMessages.format("usageTitle"));
        context.out().println(CliMessages.format("usageWorkbench"));
        context.out().println();
        context.out().println(CliMessages.format("commandsTitle"));
        int width = commands.values().stream().mapToInt(d -> d.usage().length()).max().orElse(0);
        for (SubCommandDescriptor d : commands.values()) {
            context.out().printf("  %-" + width + "s  %s%n", d.usage(), d.description());
        }
    }

    private static boolean isHelp(String argument) {
        return argument.equals("--help") || argument.equals("-h") || argument.equals("help");
    }
}
