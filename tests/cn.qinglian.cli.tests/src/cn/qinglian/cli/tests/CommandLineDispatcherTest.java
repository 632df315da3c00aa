package cn.qinglian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.qinglian.cli.Arguments;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.UsageException;
import cn.qinglian.cli.internal.CommandLineDispatcher;
import cn.qinglian.cli.internal.SubCommandDescriptor;

/** Dispatch rules as plain Java: no extension registry involved. */
class CommandLineDispatcherTest {

    private final Locale previous = Locale.getDefault();
    private final CapturingContext context = new CapturingContext();
    private final List<List<String>> received = new ArrayList<>();

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(previous);
    }

    private SubCommandDescriptor echo(String name, String contributor) {
        return new SubCommandDescriptor(name, name + " --workspace DIR", "does " + name, contributor,
                () -> (arguments, ctx) -> {
                    received.add(List.copyOf(arguments));
                    Arguments parsed = Arguments.parse(arguments, java.util.Set.of("workspace"));
                    ctx.out().println(name + ":" + parsed.required("workspace"));
                    return SubCommand.OK;
                });
    }

    @Test
    void helpListsEveryCommandSortedWithUsageAndDescription() {
        var dispatcher = new CommandLineDispatcher(List.of(echo("zeta", "a"), echo("alpha", "b")), context);
        assertEquals(SubCommand.OK, dispatcher.run(List.of("--help")));
        String help = context.printed();
        assertTrue(help.indexOf("alpha --workspace DIR") < help.indexOf("zeta --workspace DIR"), help);
        assertTrue(help.contains("does alpha") && help.contains("does zeta"), help);
        assertTrue(received.isEmpty(), "help must not run a command");
    }

    @Test
    void commandGetsTheArgumentsAfterItsName() {
        var dispatcher = new CommandLineDispatcher(List.of(echo("validate", "a")), context);
        assertEquals(SubCommand.OK, dispatcher.run(List.of("validate", "--workspace", "/tmp/w")));
        assertEquals(List.of(List.of("--workspace", "/tmp/w")), received);
        assertEquals("validate:/tmp/w", context.printed().strip());
    }

    @Test
    void unknownCommandIsBadInputNamingIt() {
        var dispatcher = new CommandLineDispatcher(List.of(echo("validate", "a")), context);
        assertEquals(SubCommand.BAD_INPUT, dispatcher.run(List.of("valdate")));
        assertTrue(context.errors().contains("\"valdate\""), context.errors());
    }

    @Test
    void missingOptionIsBadInputWithUsage() {
        var dispatcher = new CommandLineDispatcher(List.of(echo("validate", "a")), context);
        assertEquals(SubCommand.BAD_INPUT, dispatcher.run(List.of("validate")));
        assertTrue(context.errors().contains("option --workspace is required"), context.errors());
        assertTrue(context.errors().contains("usage: qinglian validate --workspace DIR"), context.errors());
    }

    @Test
    void unknownOptionIsRefused() {
        UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> Arguments.parse(List.of("--wrokspace", "x"), java.util.Set.of("workspace")));
        assertEquals("unknown option --wrokspace", e.getMessage());
    }

    @Test
    void duplicateContributionKeepsTheFirstAndSaysSo() {
        var dispatcher = new CommandLineDispatcher(List.of(echo("validate", "first"), echo("validate", "second")),
                context);
        assertEquals(SubCommand.OK, dispatcher.run(List.of("validate", "--workspace=w")));
        assertTrue(context.errors().contains("ignored duplicate sub-command validate of second"), context.errors());
    }

    @Test
    void aPluginBuiltAgainstAnotherVersionIsBadInputNamingThePlugin() {
        var broken = new SubCommandDescriptor("old", "old", "an old plug-in's command", "org.example.old",
                () -> (arguments, ctx) -> {
                    throw new NoSuchMethodError("'void cn.qinglian.core.Gone.method()'");
                });
        var dispatcher = new CommandLineDispatcher(List.of(broken), context);
        assertEquals(SubCommand.BAD_INPUT, dispatcher.run(List.of("old")));
        assertTrue(context.errors().startsWith("old of the plug-in org.example.old does not fit this version of the "
                + "workbench (java.lang.NoSuchMethodError: 'void cn.qinglian.core.Gone.method()'); rebuild"), context.errors());
    }

    @Test
    void messagesFollowTheLanguage() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        var dispatcher = new CommandLineDispatcher(List.of(), context);
        assertEquals(SubCommand.BAD_INPUT, dispatcher.run(List.of("x")));
        assertTrue(context.errors().contains("未知命令“x”"), context.errors());
    }
}
