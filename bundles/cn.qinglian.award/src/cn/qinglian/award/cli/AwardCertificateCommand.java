package cn.qinglian.award.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.qinglian.award.AwardContributions;
import cn.qinglian.award.AwardMessages;
import cn.qinglian.award.election.ElectionEvaluation;
import cn.qinglian.award.election.ElectionResult;
import cn.qinglian.award.eligibility.Eligibility;
import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.output.ElectionFiles;
import cn.qinglian.award.scoring.Scoring;
import cn.qinglian.cli.Arguments;
import cn.qinglian.cli.CliMessages;
import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.UsageException;
import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.model.Person;

/**
 * {@code qinglian award-certificate --workspace DIR --period 2019-11 [--unit NAME] [--award NAME] --out DIR}:
 * writes the certificate (PNG) of every winner of the matching decided elections and each election's
 * announcement (HTML) into DIR, one written file per line on standard output.
 */
public class AwardCertificateCommand implements SubCommand {

    @Override
    public int run(List<String> arguments, CommandContext context) throws UsageException {
        Arguments parsed = Arguments.parse(arguments, Set.of("workspace", "period", "unit", "award", "out"));
        if (!parsed.positional().isEmpty()) {
            throw new UsageException(CliMessages.format("unexpectedArguments", String.join(" ", parsed.positional())));
        }
        Path folder = Path.of(parsed.required("workspace")).toAbsolutePath().normalize();
        String period = parsed.required("period");
        Path out = Path.of(parsed.required("out")).toAbsolutePath().normalize();
        Locale locale = context.locale();
        try {
            WorkspaceModel model = XmiWorkspaceStore.installed().load(folder);
            AwardBook book = WorkspaceParts.rootOf(model.organisation(), AwardBook.class).orElse(null);
            if (book == null) {
                context.err().println(AwardMessages.format(locale, "cli.noBook", folder));
                return BAD_INPUT;
            }
            List<Election> matching = book.getElections().stream().filter(e -> period.equals(e.getPeriod()))
                    .filter(e -> parsed.option("unit").map(u -> u.equals(e.getScope().getName())).orElse(true))
                    .filter(e -> parsed.option("award").map(a -> a.equals(e.getAwardType().getName())).orElse(true))
                    .filter(e -> e.getDecision() != null).toList();
            if (matching.isEmpty()) {
                context.err().println(AwardMessages.format(locale, "cli.noElection", period));
                return BAD_INPUT;
            }
            AwardContributions contributions = AwardContributions.installed();
            ElectionEvaluation evaluation = new ElectionEvaluation(new Eligibility(contributions.eligibilityRules()),
                    new Scoring(contributions.scoringCriteria()));
            for (Election election : matching) {
                for (Person winner : election.getDecision().getWinners()) {
                    for (Path file : ElectionFiles.certificate(model.organisation(), election, winner, out, locale)) {
                        context.out().println(file);
                    }
                }
                ElectionResult result = evaluation.evaluate(model.organisation(), book, election, locale);
                context.out().println(ElectionFiles.notice(model.organisation(), result, out, locale));
            }
            return OK;
        } catch (WorkspaceException e) {
            context.err().println(e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            context.err().println(out + ": " + e.getMessage());
            return BAD_INPUT;
        }
    }
}
