package cn.qinglian.example;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import cn.qinglian.cli.Arguments;
import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.UsageException;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.example.StationHeads.StationHead;
import cn.qinglian.model.Unit;

/**
 * {@code qinglian station-heads --workspace DIR [--as-of yyyy-MM-dd] [--min-years N]}: one line per
 * station, {@code station-path<TAB>head<TAB>in-post-since<TAB>full-years}, stations in path order; a
 * station without a current head shows "(vacant)" and empty dates. With {@code --min-years} only heads
 * at least that long in post. A summary goes to standard error.
 */
public class StationHeadsCommand implements SubCommand {

    @Override
    public int run(List<String> arguments, CommandContext context) throws UsageException {
        Arguments parsed = Arguments.parse(arguments, Set.of("workspace", "as-of", "min-years"));
        if (!parsed.positional().isEmpty()) {
            throw new UsageException(text(context, "unexpected", String.join(" ", parsed.positional())));
        }
        Path folder = Path.of(parsed.required("workspace")).toAbsolutePath().normalize();
        LocalDate asOf = date(parsed, context);
        int minYears = minYears(parsed, context);
        WorkspaceModel model;
        try {
            model = XmiWorkspaceStore.installed().load(folder);
        } catch (WorkspaceException e) {
            context.err().println(e.getMessage());
            return BAD_INPUT;
        }
        List<Unit> units = OrganisationIndex.of(model.organisation()).units();
        List<StationHead> heads = StationHeads.of(units, asOf);
        List<Unit> vacant = minYears > 0 ? List.of() : StationHeads.withoutHead(units, asOf);
        List<String> lines = new ArrayList<>();
        for (StationHead head : heads) {
            if (head.years() >= minYears) {
                lines.add(ObjectPaths.path(head.station()) + "\t" + head.head().getPerson().getName() + "\t"
                        + (head.since() == null ? "" : head.since()) + "\t" + head.years());
            }
        }
        for (Unit station : vacant) {
            lines.add(ObjectPaths.path(station) + "\t" + text(context, "vacant") + "\t\t");
        }
        lines.sort(Comparator.comparing(line -> line.substring(0, line.indexOf('\t'))));
        lines.forEach(context.out()::println);
        context.err().println(text(context, "summary", lines.size(), vacant.size(), asOf));
        return OK;
    }

    private static LocalDate date(Arguments parsed, CommandContext context) throws UsageException {
        String value = parsed.option("as-of").orElse(null);
        if (value == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(text(context, "badDate", value));
        }
    }

    private static int minYears(Arguments parsed, CommandContext context) throws UsageException {
        String value = parsed.option("min-years").orElse("0");
        try {
            int years = Integer.parseInt(value.strip());
            if (years >= 0) {
                return years;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(text(context, "badYears", value));
    }

    private static String text(CommandContext context, String key, Object... arguments) {
        return ExampleMessages.format(context.locale(), key, arguments);
    }
}
