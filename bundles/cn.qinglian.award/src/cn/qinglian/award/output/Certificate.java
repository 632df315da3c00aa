package cn.qinglian.award.output;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.qinglian.award.AwardMessages;
import cn.qinglian.award.Periods;
import cn.qinglian.award.model.Election;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;

/**
 * The texts of a winner's certificate (荣誉证书), the same for every output format.
 *
 * @param title the heading, e.g. 荣誉证书
 * @param salutation e.g. 王一 同志：
 * @param body the citation, one paragraph
 * @param award the award's name, shown large
 * @param closing e.g. 特发此证，以资鼓励。
 * @param issuer the organisation issuing it
 * @param date the decision's date, written out (2019年12月15日)
 */
public record Certificate(String title, String salutation, String body, String award, String closing, String issuer,
        String date) {

    /** The certificate of {@code winner} in the decided {@code election}. */
    public static Certificate of(Organisation organisation, Election election, Person winner, Locale locale) {
        if (election.getDecision() == null || !election.getDecision().getWinners().contains(winner)) {
            throw new IllegalArgumentException(winner.getName() + " did not win " + election.getPeriod());
        }
        String award = election.getAwardType().getName();
        LocalDate day = election.getDecision().getDate();
        return new Certificate(AwardMessages.format(locale, "certificate.title"),
                AwardMessages.format(locale, "certificate.salutation", winner.getName()),
                AwardMessages.format(locale, "certificate.body", election.getScope().getName(),
                        Periods.title(election.getAwardType().getCadence(), election.getPeriodStart(), locale),
                        award, election.getDecision().getDecidedBy()),
                AwardMessages.format(locale, "certificate.award", award), AwardMessages.format(locale, "certificate.closing"),
                organisation.getName(), day == null ? "" : AwardMessages.format(locale, "certificate.date",
                        String.valueOf(day.getYear()), day.getMonthValue(), day.getDayOfMonth()));
    }

    /** Every text in reading order. */
    public List<String> lines() {
        return List.of(title, salutation, body, award, closing, issuer, date);
    }
}
