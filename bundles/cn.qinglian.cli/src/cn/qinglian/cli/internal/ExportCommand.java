package cn.qinglian.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import cn.qinglian.cli.Arguments;
import cn.qinglian.cli.CliMessages;
import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.UsageException;
import cn.qinglian.core.export.ExporterRegistry;
import cn.qinglian.core.export.ExporterRegistry.Contributed;
import cn.qinglian.core.export.WorkspaceExporter;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceException;

/**
 * {@code qinglian export --workspace DIR --as ID --out FILE [--as-of yyyy-MM-dd]} writes what the
 * installed exporter {@code ID} makes of the workspace; {@code qinglian export --list} lists the
 * exporters (extension point {@code cn.qinglian.core.exporters}). Exit 0, or 2 on bad input (an unknown
 * exporter is named with the installed ones).
 */
public class ExportCommand implements SubCommand {

    private final ExporterRegistry exporters;

    /** The command as the extension registry creates it: the installed exporters. */
    public ExportCommand() {
        this(ExporterRegistry.installed());
    }

    public ExportCommand(ExporterRegistry exporters) {
        this.exporters = exporters;
    }

    @Override
    public int run(List<String> arguments, CommandContext context) throws UsageException {
        if (arguments.equals(List.of("--list"))) {
            for (Contributed contributed : exporters.exporters()) {
                context.out().println(contributed.id() + "\t" + contributed.exporter().fileExtension() + "\t"
                        + contributed.exporter().name(context.locale()));
            }
            return OK;
        }
        Arguments parsed = Arguments.parse(arguments, Set.of("workspace", "as", "out", "as-of"));
        if (!parsed.positional().isEmpty()) {
            throw new UsageException(CliMessages.format("unexpectedArguments", String.join(" ", parsed.positional())));
        }
        String id = parsed.required("as");
        Path folder = Path.of(parsed.required("workspace")).toAbsolutePath().normalize();
        Path out = Path.of(parsed.required("out")).toAbsolutePath().normalize();
        LocalDate asOf = ValidateCommand.asOf(parsed.option("as-of"));
        Optional<WorkspaceExporter> exporter = exporters.exporter(id);
        if (exporter.isEmpty()) {
            StringJoiner installed = new StringJoiner(", ");
            exporters.exporters().forEach(c -> installed.add(c.id()));
            context.err().println(CliMessages.format("unknownExporter", id, installed.length() == 0 ? "-" : installed));
            return BAD_INPUT;
        }
        WorkspaceModel model;
        try {
            model = XmiWorkspaceStore.installed().load(folder);
        } catch (WorkspaceException e) {
            context.err().println(e.getMessage());
            return BAD_INPUT;
        }
        try {
            context.out().println(exporter.get().export(model, asOf, out, context.locale()));
            return OK;
        } catch (IOException e) {
            context.err().println(CliMessages.format("exportFailed", out, e.getMessage()));
            return BAD_INPUT;
        }
    }
}
