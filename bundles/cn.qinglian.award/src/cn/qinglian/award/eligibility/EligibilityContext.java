package cn.qinglian.award.eligibility;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.model.AwardType;
import cn.qinglian.award.model.Election;
import cn.qinglian.model.Organisation;

/**
 * What an eligibility rule or a scoring criterion sees: the organisation (other modules reach their
 * data through {@code WorkspaceParts.rootOf(organisation, …)}), the award book, the election and the
 * language of the messages.
 */
public record EligibilityContext(Organisation organisation, AwardBook book, Election election, Locale locale) {

    public EligibilityContext {
        Objects.requireNonNull(organisation);
        Objects.requireNonNull(book);
        Objects.requireNonNull(election);
        Objects.requireNonNull(locale);
    }

    /** The day eligibility is judged on: the last day of the election's period. */
    public LocalDate asOf() {
        return election.getPeriodEnd();
    }

    public AwardType awardType() {
        return election.getAwardType();
    }
}
