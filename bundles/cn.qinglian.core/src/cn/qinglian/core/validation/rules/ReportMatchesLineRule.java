package cn.qinglian.core.validation.rules;

import java.time.LocalDate;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.query.Dated;
import cn.qinglian.core.query.Units;
import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Party;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Report;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;

/**
 * {@value #ID}: a report belongs to a reporting line of the organisation, its reporter held the line's
 * {@code from} post (or a post in the {@code from} unit or below it) on the report's date, and its
 * recipient likewise held {@code to}. On a MUTUAL line the report may go either way. A report without
 * line, date, reporter or recipient is left to {@code model.required}.
 */
public final class ReportMatchesLineRule extends BuiltInRule {

    public static final String ID = "report.matches-line";

    /** The report's line is not part of the organisation (deleted, or unresolved); data: the report. */
    public static final int NO_LINE = 1;
    /** The reporter held no post at the line's from end; data: the report, the reporter, the from end. */
    public static final int REPORTER_NOT_AT_FROM = 2;
    /** The recipient held no post at the line's to end; data: the report, the recipient, the to end. */
    public static final int RECIPIENT_NOT_AT_TO = 3;

    public ReportMatchesLineRule() {
        super(ID, Diagnostic.ERROR);
    }

    @Override
    public void check(Organisation organisation, RuleContext context) {
        for (Report report : organisation.getReports()) {
            ReportingLine line = report.getLine();
            if (line == null) {
                continue;
            }
            if (line.eIsProxy() || line.eContainer() != organisation) {
                context.report(NO_LINE, message(context, "noLine", report), report);
                continue;
            }
            LocalDate date = report.getDate();
            Person reporter = report.getReporter();
            Person recipient = report.getRecipient();
            if (date == null || reporter == null || recipient == null || line.getFrom() == null
                    || line.getTo() == null) {
                continue;
            }
            boolean reporterAtFrom = heldAt(reporter, line.getFrom(), date);
            boolean recipientAtTo = heldAt(recipient, line.getTo(), date);
            if (reporterAtFrom && recipientAtTo || line.getKind() == ReportingKind.MUTUAL
                    && heldAt(reporter, line.getTo(), date) && heldAt(recipient, line.getFrom(), date)) {
                continue;
            }
            if (!reporterAtFrom) {
                context.report(REPORTER_NOT_AT_FROM,
                        message(context, "reporter", report, reporter, line.getFrom(), date), report, reporter,
                        line.getFrom());
            }
            if (!recipientAtTo) {
                context.report(RECIPIENT_NOT_AT_TO,
                        message(context, "recipient", report, recipient, line.getTo(), date), report, recipient,
                        line.getTo());
            }
        }
    }

    /** Whether {@code person} held {@code party} (a post, or any post in a unit or below it) on {@code date}. */
    private static boolean heldAt(Person person, Party party, LocalDate date) {
        for (Tenure tenure : person.getTenures()) {
            Post post = tenure.getPost();
            if (post == null || !Dated.isCurrent(tenure, date)) {
                continue;
            }
            if (post == party || party instanceof Unit unit && post.getUnit() != null
                    && Units.isWithin(post.getUnit(), unit)) {
                return true;
            }
        }
        return false;
    }
}
