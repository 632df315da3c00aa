package cn.qinglian.award.output;

import java.util.Locale;

import cn.qinglian.award.AwardMessages;
import cn.qinglian.award.Periods;
import cn.qinglian.award.election.ElectionResult;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.scoring.RankedNominee;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;

/**
 * The announcement (评选结果公告) of a decided election as a self-contained HTML page in UTF-8: the
 * winners with their nomination reasons, every ranked nominee's total and breakdown, and how ties are
 * broken.
 */
public final class AnnouncementNotice {

    private AnnouncementNotice() {
    }

    public static String html(Organisation organisation, ElectionResult result, Locale locale) {
        Election election = result.election();
        String period = Periods.title(election.getAwardType().getCadence(), election.getPeriodStart(), locale);
        String title = AwardMessages.format(locale, "notice.title", election.getScope().getName(), period,
                election.getAwardType().getName());
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(locale.toLanguageTag()).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n<title>").append(escape(title)).append("</title>\n")
                .append("<style>body{font-family:'Noto Sans CJK SC','WenQuanYi Zen Hei','Microsoft YaHei',sans-serif;")
                .append("max-width:50em;margin:2em auto;line-height:1.6}h1{text-align:center;color:#b01e23}")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em .6em}")
                .append(".winner{font-weight:bold}.issuer{text-align:right}</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(title)).append("</h1>\n");
        String winners = String.join("、", election.getDecision() == null ? result.proposedWinners().stream()
                .map(Person::getName).toList() : election.getDecision().getWinners().stream().map(Person::getName).toList());
        html.append("<p>").append(escape(AwardMessages.format(locale, "notice.intro", election.getScope().getName(),
                period, election.getAwardType().getName(),
                election.getDecision() == null ? "" : election.getDecision().getDecidedBy(), winners))).append("</p>\n");
        html.append("<table>\n<tr><th>").append(escape(AwardMessages.format(locale, "notice.rank"))).append("</th><th>")
                .append(escape(AwardMessages.format(locale, "notice.name"))).append("</th><th>")
                .append(escape(AwardMessages.format(locale, "notice.total"))).append("</th><th>")
                .append(escape(AwardMessages.format(locale, "notice.breakdown"))).append("</th></tr>\n");
        for (RankedNominee ranked : result.ranking()) {
            boolean won = election.getDecision() != null
                    && election.getDecision().getWinners().contains(ranked.score().nominee());
            html.append(won ? "<tr class=\"winner\">" : "<tr>").append("<td>").append(ranked.rank()).append("</td><td>")
                    .append(escape(ranked.score().nominee().getName())).append("</td><td>")
                    .append(ranked.score().total().toPlainString()).append("</td><td>")
                    .append(escape(ScoreTexts.breakdown(ranked.score(), locale)).replace("\n", "<br>"));
            if (ranked.aheadOfNextBy() != null) {
                html.append("<br>").append(escape(AwardMessages.format(locale, "text.aheadBy",
                        ScoreTexts.tieBreak(ranked.aheadOfNextBy(), locale))));
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n<p>").append(escape(AwardMessages.format(locale, "notice.tieBreaks"))).append("</p>\n");
        html.append("<p>").append(escape(AwardMessages.format(locale, "notice.objection"))).append("</p>\n");
        html.append("<p class=\"issuer\">").append(escape(organisation.getName())).append("<br>")
                .append(election.getDecision() == null || election.getDecision().getDate() == null ? ""
                        : election.getDecision().getDate().toString())
                .append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
