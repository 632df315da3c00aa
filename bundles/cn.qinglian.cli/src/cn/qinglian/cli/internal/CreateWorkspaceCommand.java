package cn.qinglian.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import cn.qinglian.cli.Arguments;
import cn.qinglian.cli.CliMessages;
import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.UsageException;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceException;

/** {@code qinglian create-workspace DIR [--name NAME]}. */
public class CreateWorkspaceCommand implements SubCommand {

    @Override
    public int run(List<String> arguments, CommandContext context) throws UsageException {
        Arguments parsed = Arguments.parse(arguments, Set.of("name"));
        if (parsed.positional().size() != 1) {
            throw new UsageException(CliMessages.format("unexpectedArguments", String.join(" ", arguments)));
        }
        Path folder = Path.of(parsed.positional().get(0)).toAbsolutePath().normalize();
        String name = parsed.option("name").orElse(folder.getFileName().toString());
        try {
            WorkspaceModel created = XmiWorkspaceStore.installed().create(folder, name);
            context.out().println(CliMessages.format("createdWorkspace", created.descriptor().name(), created.folder()));
            return OK;
        } catch (WorkspaceException e) {
            context.err().println(e.getMessage());
            return BAD_INPUT;
        }
    }
}
