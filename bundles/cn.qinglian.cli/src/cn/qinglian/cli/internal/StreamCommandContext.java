package cn.qinglian.cli.internal;

import java.io.PrintStream;
import java.util.Locale;

import cn.qinglian.cli.CommandContext;

/** The context of a real run: the process's streams and default locale. */
record StreamCommandContext(PrintStream out, PrintStream err, Locale locale) implements CommandContext {
}
