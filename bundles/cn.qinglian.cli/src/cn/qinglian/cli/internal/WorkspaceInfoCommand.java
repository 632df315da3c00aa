package cn.qinglian.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import cn.qinglian.cli.Arguments;
import cn.qinglian.cli.CliMessages;
import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.UsageException;
import cn.qinglian.core.workspace.WorkspaceDescriptor;
import cn.qinglian.core.workspace.WorkspaceException;

/** {@code qinglian workspace-info --workspace DIR}. */
public class WorkspaceInfoCommand implements SubCommand {

    @Override
    public int run(List<String> arguments, CommandContext context) throws UsageException {
        Arguments parsed = Arguments.parse(arguments, Set.of("workspace"));
        if (!parsed.positional().isEmpty()) {
            throw new UsageException(CliMessages.format("unexpectedArguments", String.join(" ", parsed.positional())));
        }
        Path folder = Path.of(parsed.required("workspace")).toAbsolutePath().normalize();
        try {
            WorkspaceDescriptor workspace = WorkspaceDescriptor.read(folder);
            long files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).count();
            }
            context.out().println(CliMessages.format("workspaceName", workspace.name()));
            context.out().println(CliMessages.format("workspaceFolder", workspace.folder()));
            context.out().println(CliMessages.format("workspaceFormat", workspace.formatVersion()));
            context.out().println(CliMessages.format("workspaceFiles", files));
            return OK;
        } catch (WorkspaceException e) {
            context.err().println(e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            context.err().println(folder + ": " + e.getMessage());
            return BAD_INPUT;
        }
    }
}
