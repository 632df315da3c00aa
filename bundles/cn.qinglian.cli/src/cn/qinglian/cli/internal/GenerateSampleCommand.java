package cn.qinglian.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.qinglian.cli.Arguments;
import cn.qinglian.cli.CliMessages;
import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.UsageException;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.sample.SampleGenerator;
import cn.qinglian.core.sample.SampleRoster;
import cn.qinglian.core.sample.SampleSettings;
import cn.qinglian.core.sample.SampleSummary;
import cn.qinglian.core.sample.SampleWorkspace;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.model.Organisation;

/**
 * {@code qinglian generate-sample --out DIR [--districts N] [--staff-per-district M] [--seed S] [--roster FILE]}:
 * a new workspace with the L district sample, or with N districts of M staff each for benchmarks
 * ({@code --districts 10 --staff-per-district 5000} gives 50,000 staff). The same options always give
 * the same organisation file.
 */
public class GenerateSampleCommand implements SubCommand {

    private static final Set<String> OPTIONS = Set.of("out", "districts", "staff-per-district", "seed", "roster");

    @Override
    public int run(List<String> arguments, CommandContext context) throws UsageException {
        Arguments parsed = Arguments.parse(arguments, OPTIONS);
        if (!parsed.positional().isEmpty()) {
            throw new UsageException(CliMessages.format("unexpectedArguments", String.join(" ", parsed.positional())));
        }
        Path folder = Path.of(parsed.required("out")).toAbsolutePath().normalize();
        SampleSettings settings = new SampleSettings(
                number(parsed, "districts", 1, SampleSettings.MIN_DISTRICTS, SampleSettings.MAX_DISTRICTS),
                number(parsed, "staff-per-district", SampleSettings.L_DISTRICT_STAFF,
                        SampleSettings.MIN_STAFF_PER_DISTRICT, SampleSettings.MAX_STAFF_PER_DISTRICT),
                seed(parsed));
        Optional<Path> roster = parsed.option("roster").map(file -> Path.of(file).toAbsolutePath().normalize());
        try {
            SampleWorkspace.checkFree(folder);
            long started = System.nanoTime();
            Organisation organisation = new SampleGenerator().generate(settings,
                    (done, total) -> context.progress(CliMessages.format("generateSampleProgress"), done, total));
            long generated = System.nanoTime();
            context.err().println(CliMessages.format("generateSampleSaving", folder));
            new SampleWorkspace(XmiWorkspaceStore.installed()).create(folder, organisation);
            long saved = System.nanoTime();
            context.err().println(CliMessages.format("generateSampleTime", seconds(generated - started),
                    seconds(saved - generated)));
            printSummary(context, folder, organisation);
            if (roster.isPresent()) {
                int rows = SampleRoster.write(organisation, roster.get());
                context.out().println(CliMessages.format("generateSampleRoster", roster.get(), rows));
            }
            return OK;
        } catch (WorkspaceException e) {
            context.err().println(e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            context.err().println(roster.orElse(folder) + ": " + e.getMessage());
            return BAD_INPUT;
        }
    }

    private static void printSummary(CommandContext context, Path folder, Organisation organisation) {
        SampleSummary summary = SampleSummary.of(organisation);
        context.out().println(CliMessages.format("generateSampleDone", organisation.getName(), folder));
        context.out().println(CliMessages.format("generateSampleCounts", summary.districts(), summary.units(),
                summary.posts(), summary.people(), summary.pledgeSigners(), summary.reportingLines(),
                summary.reports(), summary.copyNotices()));
    }

    private static int number(Arguments parsed, String option, int fallback, int min, int max) throws UsageException {
        Optional<String> value = parsed.option(option);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.get().strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new UsageException(CliMessages.format("numberOutOfRange", "--" + option, min, max, value.get()));
    }

    private static long seed(Arguments parsed) throws UsageException {
        Optional<String> value = parsed.option("seed");
        if (value.isEmpty()) {
            return SampleSettings.DEFAULT_SEED;
        }
        try {
            return Long.parseLong(value.get().strip());
        } catch (NumberFormatException e) {
            throw new UsageException(CliMessages.format("seedNotANumber", value.get()));
        }
    }

    private static String seconds(long nanos) {
        return String.format("%.1f", nanos / 1e9);
    }
}
