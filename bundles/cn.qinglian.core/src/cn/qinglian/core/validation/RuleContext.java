package cn.qinglian.core.validation;

import java.time.LocalDate;
import java.util.Locale;

import cn.qinglian.core.query.OrganisationIndex;

/** What a {@link ValidationRule} gets to work with during one validation run. */
public interface RuleContext {

    /** Look-up tables of the organisation being validated, shared by all rules of the run. */
    OrganisationIndex index();

    /** The day "current" refers to (current tenures, current charge assignments). */
    LocalDate asOf();

    /** The language of the messages. */
    Locale locale();

    /**
     * Reports one problem with the rule's severity.
     *
     * @param code the rule's number for this kind of problem (see the rule's constants)
     * @param message the text for the user, in {@link #locale()}, one line
     * @param data the offending model objects, the one the problem is about first
     */
    void report(int code, String message, Object... data);
}
