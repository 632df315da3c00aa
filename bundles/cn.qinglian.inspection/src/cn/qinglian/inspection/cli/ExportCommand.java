package cn.qinglian.inspection.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.qinglian.cli.Arguments;
import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.UsageException;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.inspection.categories.FindingCategories;
import cn.qinglian.inspection.categories.FindingCategoryRegistry;
import cn.qinglian.inspection.model.InspectionRoot;

/** What the inspection export commands share: {@code --workspace DIR --out FILE [--as-of DATE]}, loading, messages. */
abstract class ExportCommand implements SubCommand {

    @Override
    public final int run(List<String> arguments, CommandContext context) throws UsageException {
        Set<String> options = new HashSet<>(Set.of("workspace", "out", "as-of"));
        options.addAll(extraOptions());
        Arguments parsed = Arguments.parse(arguments, options);
        if (!parsed.positional().isEmpty()) {
            throw new UsageException("unexpected: " + String.join(" ", parsed.positional()));
        }
        Path folder = Path.of(parsed.required("workspace")).toAbsolutePath().normalize();
        Path out = Path.of(parsed.required("out")).toAbsolutePath().normalize();
        LocalDate asOf;
        try {
            asOf = parsed.option("as-of").map(LocalDate::parse).orElse(LocalDate.now());
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of: " + e.getParsedString() + " is not a date yyyy-MM-dd");
        }
        InspectionLabels labels = new InspectionLabels(context.locale());
        try {
            WorkspaceModel model = XmiWorkspaceStore.installed().load(folder);
            InspectionRoot root = model.part(InspectionRoot.class).orElse(null);
            if (root == null) {
                context.err().println(String.format(labels.text("cli.noData"), folder));
                return BAD_INPUT;
            }
            int written = export(root, parsed, out, asOf, labels, new FindingCategoryRegistry().categories(), context);
            if (written >= 0) {
                context.out().println(String.format(labels.text("cli.written"), out, written));
                return OK;
            }
            return BAD_INPUT;
        } catch (WorkspaceException e) {
            context.err().println(e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            context.err().println(out + ": " + e.getMessage());
            return BAD_INPUT;
        }
    }

    Set<String> extraOptions() {
        return Set.of();
    }

    /** Writes the export; returns the number of rows written, or -1 after reporting bad input on err. */
    abstract int export(InspectionRoot root, Arguments arguments, Path out, LocalDate asOf, InspectionLabels labels,
            FindingCategories categories, CommandContext context) throws IOException, UsageException;
}
