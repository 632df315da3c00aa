package cn.qinglian.cli.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import cn.qinglian.cli.Arguments;
import cn.qinglian.cli.CliMessages;
import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.UsageException;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.roster.ImportSummary;
import cn.qinglian.core.roster.RosterImport;
import cn.qinglian.core.roster.RosterProblem;
import cn.qinglian.core.roster.RosterProgress;
import cn.qinglian.core.roster.RosterReadException;
import cn.qinglian.core.roster.RosterReader;
import cn.qinglian.core.roster.RosterSheet;
import cn.qinglian.core.workspace.WorkspaceException;

/**
 * {@code qinglian import-roster FILE --workspace DIR [--encoding CHARSET]}: checks a CSV or XLSX
 * roster against the workspace; a file with problems is rejected whole (one line per problem on
 * stdout, exit 1, workspace untouched), a good one is applied and the workspace saved atomically.
 */
public class ImportRosterCommand implements SubCommand {

    @Override
    public int run(List<String> arguments, CommandContext context) throws UsageException {
        Arguments parsed = Arguments.parse(arguments, Set.of("workspace", "encoding"));
        if (parsed.positional().size() != 1) {
            throw new UsageException(parsed.positional().isEmpty() ? CliMessages.format("missingRosterFile")
                    : CliMessages.format("unexpectedArguments", String.join(" ", parsed.positional())));
        }
        Path file = Path.of(parsed.positional().get(0));
        Path folder = Path.of(parsed.required("workspace")).toAbsolutePath().normalize();
        Optional<Charset> encoding = encoding(parsed.option("encoding"));
        XmiWorkspaceStore store = XmiWorkspaceStore.installed();
        try {
            WorkspaceModel workspace = store.load(folder);
            RosterSheet sheet = new RosterReader(encoding).read(file);
            RosterImport roster = RosterImport.check(sheet, workspace.organisation(), progress(context));
            if (!roster.isValid()) {
                return reject(roster, file, context);
            }
            ImportSummary summary = roster.apply(workspace.organisation(), progress(context));
            if (summary.changedAnything()) {
                store.save(workspace);
            }
            context.out().println(summary.describe(context.locale()));
            context.err().println(CliMessages.format(summary.changedAnything() ? "rosterSaved" : "rosterUnchanged",
                    roster.rowCount(), folder));
            return OK;
        } catch (WorkspaceException e) {
            context.err().println(e.getLocalizedMessage(context.locale()));
            return BAD_INPUT;
        } catch (RosterReadException e) {
            context.err().println(e.getLocalizedMessage(context.locale()));
            return BAD_INPUT;
        }
    }

    private static int reject(RosterImport roster, Path file, CommandContext context) {
        Locale locale = context.locale();
        roster.problems().forEach(problem -> context.out().println(problem.toLine(locale)));
        long rows = roster.problems().stream().mapToInt(RosterProblem::row).distinct().count();
        context.err().println(CliMessages.format("rosterRejected", file, roster.problems().size(), rows));
        return PROBLEMS_FOUND;
    }

    private static RosterProgress progress(CommandContext context) {
        return (phase, done, total) -> context.progress(
                CliMessages.format(phase == RosterProgress.Phase.CHECK ? "rosterChecking" : "rosterApplying"), done,
                total);
    }

    private static Optional<Charset> encoding(Optional<String> name) throws UsageException {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name.get()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UsageException(CliMessages.format("unknownEncoding", name.get()));
        }
    }
}
