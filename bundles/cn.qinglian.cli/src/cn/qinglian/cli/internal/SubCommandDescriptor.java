package cn.qinglian.cli.internal;

import java.util.function.Supplier;

import cn.qinglian.cli.SubCommand;

/** A contributed sub-command: what --help shows, and how to create it when it runs. */
public record SubCommandDescriptor(String name, String usage, String description,
        String contributor, Supplier<SubCommand> factory) {
}
