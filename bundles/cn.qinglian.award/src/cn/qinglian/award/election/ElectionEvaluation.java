package cn.qinglian.award.election;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.qinglian.award.eligibility.Eligibility;
import cn.qinglian.award.eligibility.EligibilityContext;
import cn.qinglian.award.eligibility.NomineeEligibility;
import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.model.Nomination;
import cn.qinglian.award.scoring.Ballot;
import cn.qinglian.award.scoring.ScoringContext;
import cn.qinglian.award.scoring.Scoring;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;

/** Checks eligibility, counts the votes and ranks the nominees of an election. Reads the model only. */
public final class ElectionEvaluation {

    private final Eligibility eligibility;
    private final Scoring scoring;

    public ElectionEvaluation(Eligibility eligibility, Scoring scoring) {
        this.eligibility = eligibility;
        this.scoring = scoring;
    }

    public ElectionResult evaluate(Organisation organisation, AwardBook book, Election election, Locale locale) {
        EligibilityContext context = new EligibilityContext(organisation, book, election, locale);
        List<NomineeEligibility> nominees = new ArrayList<>();
        List<Person> eligible = new ArrayList<>();
        for (Person nominee : nominees(election)) {
            NomineeEligibility checked = eligibility.check(nominee, context);
            nominees.add(checked);
            if (checked.eligible()) {
                eligible.add(nominee);
            }
        }
        Ballot ballot = Ballot.count(election);
        ScoringContext scoringContext = new ScoringContext(context, ballot, eligible);
        return new ElectionResult(election, nominees, ballot, scoring.rank(scoringContext),
                scoring.missing(election.getAwardType()));
    }

    /** Everyone nominated in {@code election}, each once, in nomination order. */
    public static List<Person> nominees(Election election) {
        Set<Person> nominees = new LinkedHashSet<>();
        for (Nomination nomination : election.getNominations()) {
            if (nomination.getNominee() != null) {
                nominees.add(nomination.getNominee());
            }
        }
        return List.copyOf(nominees);
    }
}
