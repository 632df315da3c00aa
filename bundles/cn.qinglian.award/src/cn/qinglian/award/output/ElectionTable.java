package cn.qinglian.award.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.qinglian.award.AwardMessages;
import cn.qinglian.award.election.ElectionResult;
import cn.qinglian.award.eligibility.Exclusion;
import cn.qinglian.award.eligibility.NomineeEligibility;
import cn.qinglian.award.model.ElectionStep;
import cn.qinglian.award.model.Nomination;
import cn.qinglian.award.scoring.Ballot;
import cn.qinglian.award.scoring.RankedNominee;

/**
 * An election as tables (header + rows of cell values: strings, numbers, dates), one per sheet of a
 * spreadsheet export: ranking with breakdown, nominations, counted and discarded votes, record of the
 * steps. Writing them as XLSX is left to a shared spreadsheet writer (see docs/award.md).
 */
public final class ElectionTable {

    /** One sheet: a name, a header row and data rows. */
    public record Sheet(String name, List<String> header, List<List<Object>> rows) {
    }

    private ElectionTable() {
    }

    public static List<Sheet> sheets(ElectionResult result, Locale locale) {
        return List.of(ranking(result, locale), nominations(result, locale), discarded(result, locale),
                steps(result, locale));
    }

    static Sheet ranking(ElectionResult result, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (RankedNominee ranked : result.ranking()) {
            rows.add(List.of(ranked.rank(), ranked.score().nominee().getName(), text(ranked.score().nominee().getPersonId()),
                    ranked.score().total(), ranked.score().votes(), ScoreTexts.breakdown(ranked.score(), locale),
                    ranked.aheadOfNextBy() == null ? "" : ScoreTexts.tieBreak(ranked.aheadOfNextBy(), locale)));
        }
        for (NomineeEligibility nominee : result.nominees()) {
            for (Exclusion exclusion : nominee.exclusions()) {
                rows.add(List.of("—", nominee.nominee().getName(), text(nominee.nominee().getPersonId()), "", "",
                        exclusion.ruleName() + "：" + exclusion.reason(), ""));
            }
        }
        return new Sheet(label(locale, "sheet.ranking"), headers(locale, "rank", "name", "number", "total", "votes",
                "breakdown", "tieBreak"), rows);
    }

    static Sheet nominations(ElectionResult result, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (Nomination nomination : result.election().getNominations()) {
            rows.add(List.of(nomination.getDate() == null ? "" : nomination.getDate(), nomination.getNominee().getName(),
                    nomination.getNominator().getName(), label(locale, "kind." + nomination.getKind().getLiteral()),
                    text(nomination.getReason())));
        }
        return new Sheet(label(locale, "sheet.nominations"), headers(locale, "date", "nominee", "nominator", "kind",
                "reason"), rows);
    }

    static Sheet discarded(ElectionResult result, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (Ballot.DiscardedVote vote : result.ballot().discarded()) {
            rows.add(List.of(vote.vote().getDate() == null ? "" : vote.vote().getDate(), vote.vote().getVoter().getName(),
                    vote.vote().getNominee().getName(), AwardMessages.format(locale, "discard." + vote.why().name(),
                            result.election().getAwardType().getVotesPerVoter())));
        }
        return new Sheet(label(locale, "sheet.discarded"), headers(locale, "date", "voter", "nominee", "why"), rows);
    }

    static Sheet steps(ElectionResult result, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (ElectionStep step : result.election().getSteps()) {
            rows.add(List.of(step.getDate() == null ? "" : step.getDate(), text(step.getText())));
        }
        return new Sheet(label(locale, "sheet.steps"), headers(locale, "date", "step"), rows);
    }

    private static List<String> headers(Locale locale, String... keys) {
        return java.util.Arrays.stream(keys).map(key -> label(locale, "column." + key)).toList();
    }

    private static String label(Locale locale, String key) {
        return AwardMessages.format(locale, "table." + key);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
