package cn.qinglian.award.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.qinglian.award.election.ElectionResult;
import cn.qinglian.award.eligibility.NomineeEligibility;
import cn.qinglian.award.output.ScoreTexts;
import cn.qinglian.award.scoring.RankedNominee;
import cn.qinglian.model.Person;

/** One nominee in the elections view: ranked with the score's breakdown, or excluded with the rules and reasons. */
record NomineeRow(NomineeEligibility eligibility, RankedNominee ranked) {

    Person nominee() {
        return eligibility.nominee();
    }

    /** Ranked nominees by rank, then the excluded ones in nomination order. */
    static List<NomineeRow> of(ElectionResult result) {
        List<NomineeRow> rows = new ArrayList<>();
        for (RankedNominee ranked : result.ranking()) {
            rows.add(new NomineeRow(result.eligibility(ranked.score().nominee()).orElseThrow(), ranked));
        }
        for (NomineeEligibility nominee : result.nominees()) {
            if (!nominee.eligible()) {
                rows.add(new NomineeRow(nominee, null));
            }
        }
        return rows;
    }

    String rank() {
        return ranked == null ? "—" : String.valueOf(ranked.rank());
    }

    String total() {
        return ranked == null ? "" : ranked.score().total().toPlainString();
    }

    String votes() {
        return ranked == null ? "" : String.valueOf(ranked.score().votes());
    }

    /** The exclusions ("rule: reason; …"), or the breakdown on one line. */
    String explanation(Locale locale) {
        if (ranked == null) {
            return eligibility.exclusions().stream().map(e -> e.ruleName() + "：" + e.reason())
                    .collect(Collectors.joining("；"));
        }
        String text = ScoreTexts.breakdown(ranked.score(), locale).replace("\n", "；");
        return ranked.aheadOfNextBy() == null ? text : text + "；" + ScoreTexts.tieBreak(ranked.aheadOfNextBy(), locale);
    }

    /** The full text for the details pane. */
    String details(Locale locale) {
        if (ranked == null) {
            return eligibility.exclusions().stream().map(e -> e.ruleName() + "（" + e.ruleId() + "）：" + e.reason())
                    .collect(Collectors.joining("\n"));
        }
        String text = ScoreTexts.breakdown(ranked.score(), locale);
        return ranked.aheadOfNextBy() == null ? text : text + "\n" + ScoreTexts.tieBreak(ranked.aheadOfNextBy(), locale);
    }
}
