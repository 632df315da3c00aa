package cn.qinglian.evaluation.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.evaluation.EvaluationTexts;
import cn.qinglian.evaluation.appraisal.AppraisalResult;
import cn.qinglian.evaluation.appraisal.AppraisalTallies;
import cn.qinglian.evaluation.appraisal.CandidateTally;
import cn.qinglian.evaluation.model.AccountabilityRecord;
import cn.qinglian.evaluation.model.Appraisal;
import cn.qinglian.evaluation.model.AppraisalGrade;
import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.DutyReport;
import cn.qinglian.evaluation.model.RaisedProblem;
import cn.qinglian.evaluation.model.ScheduledTalk;
import cn.qinglian.evaluation.rotation.RotationAlert;
import cn.qinglian.evaluation.scoring.CriterionScore;
import cn.qinglian.evaluation.scoring.RankedEntry;
import cn.qinglian.evaluation.scoring.Ranking;
import cn.qinglian.evaluation.scoring.Rankings;
import cn.qinglian.evaluation.scoring.Subjects;
import cn.qinglian.evaluation.talks.TalkStatus;
import cn.qinglian.model.Named;

/**
 * The evaluation module's tables as worksheets, headed in the texts' language: an assessment's
 * rankings, an appraisal's tallies (counts only — no tokens, no ballots), the accountability register,
 * rotation alerts, talks and duty reports. Write them with {@link XlsxWriter}.
 */
public final class EvaluationExports {

    private final EvaluationTexts texts;

    public EvaluationExports(EvaluationTexts texts) {
        this.texts = texts;
    }

    /** One row per entry, ranking groups one after the other: group, rank, subject, total, criteria. */
    public Sheet rankings(Assessment assessment, Rankings rankings) {
        List<String> headers = new ArrayList<>(List.of(texts.get("column.group"), texts.get("column.rank"),
                texts.get("column.subject"), texts.get("column.total")));
        if (assessment.getCriteriaSet() != null) {
            assessment.getCriteriaSet().getCriteria().forEach(c -> headers.add(c.getName()));
        }
        headers.add(texts.get("column.complete"));
        Sheet sheet = new Sheet(assessment.getName(), headers);
        for (Ranking ranking : rankings.of(assessment)) {
            for (RankedEntry place : ranking.places()) {
                List<Object> row = new ArrayList<>(List.of(ranking.group(), place.rank(),
                        Subjects.name(place.score().entry()), place.score().total()));
                for (CriterionScore score : place.score().criteria()) {
                    row.add(score.value());
                }
                row.add(texts.get(place.score().complete() ? "value.yes" : "value.no"));
                sheet.row(row.toArray());
            }
        }
        return sheet;
    }

    /** Participation on top, then one row per candidate with the count of each grade. */
    public Sheet appraisal(Appraisal appraisal) {
        AppraisalResult result = AppraisalTallies.of(appraisal);
        List<String> headers = new ArrayList<>(List.of(texts.get("column.candidate")));
        for (AppraisalGrade grade : AppraisalGrade.values()) {
            headers.add(texts.label(grade));
        }
        headers.add(texts.get("column.marked"));
        headers.add(texts.get("column.competentPercent"));
        Sheet sheet = new Sheet(appraisal.getName(), headers);
        for (CandidateTally tally : result.tallies()) {
            List<Object> row = new ArrayList<>();
            row.add(name(tally.candidate()));
            for (AppraisalGrade grade : AppraisalGrade.values()) {
                row.add(tally.count(grade));
            }
            row.add(tally.marked());
            row.add(tally.competentPercent());
            sheet.row(row.toArray());
        }
        sheet.row();
        sheet.row(texts.get("column.ballots"), result.ballots());
        sheet.row(texts.get("column.eligibleVoters"), result.eligibleVoters());
        sheet.row(texts.get("column.participationPercent"), result.participationPercent());
        return sheet;
    }

    public Sheet accountability(List<AccountabilityRecord> records) {
        Sheet sheet = new Sheet(texts.get("sheet.accountability"), List.of(texts.get("column.date"),
                texts.get("column.category"), texts.get("column.status"), texts.get("column.person"),
                texts.get("column.unitOrPost"), texts.get("column.description"), texts.get("column.measure"),
                texts.get("column.basis")));
        for (AccountabilityRecord record : records) {
            String basis = record.getAssessment() != null ? record.getAssessment().getName()
                    : record.getCause() != null ? texts.label(record.getCause().getCategory()) + " "
                            + name(record.getCause().getPerson()) : null;
            sheet.row(record.getDate(), texts.label(record.getCategory()), texts.label(record.getStatus()),
                    name(record.getPerson()), record.getPost() != null ? path(record.getPost()) : path(record.getUnit()),
                    record.getDescription(), record.getMeasure(), basis);
        }
        return sheet;
    }

    public Sheet rotationAlerts(List<RotationAlert> alerts, int years, LocalDate asOf) {
        Sheet sheet = new Sheet(texts.get("sheet.rotationAlerts"), List.of(texts.get("column.person"),
                texts.get("column.personId"), texts.get("column.post"), texts.get("column.unit"),
                texts.get("column.scope"), texts.get("column.since"), texts.get("column.years"),
                texts.get("column.plannedDate"), texts.get("column.toUnit")));
        for (RotationAlert alert : alerts) {
            sheet.row(name(alert.person()), alert.person().getPersonId(), path(alert.post()), path(alert.unit()),
                    texts.get("scope." + alert.scope().name()), alert.since(),
                    java.math.BigDecimal.valueOf(alert.length().toTotalMonths()).divide(java.math.BigDecimal.valueOf(12),
                            1, java.math.RoundingMode.DOWN),
                    alert.plan() == null ? null : alert.plan().getPlannedDate(),
                    alert.plan() == null ? null : path(alert.plan().getToUnit()));
        }
        sheet.row();
        sheet.row(texts.get("column.threshold"), years);
        sheet.row(texts.get("column.asOf"), asOf);
        return sheet;
    }

    public Sheet talks(List<ScheduledTalk> talks, LocalDate asOf) {
        Sheet sheet = new Sheet(texts.get("sheet.talks"), List.of(texts.get("column.officer"),
                texts.get("column.interviewer"), texts.get("column.dueDate"), texts.get("column.status"),
                texts.get("column.heldOn"), texts.get("column.topics"), texts.get("column.summary")));
        for (ScheduledTalk talk : talks) {
            sheet.row(name(talk.getOfficer()), name(talk.getInterviewer()), talk.getDueDate(),
                    texts.label(TalkStatus.of(talk, asOf)), talk.getHeldOn(), talk.getTopics(), talk.getSummary());
        }
        return sheet;
    }

    /** One row per problem raised (a report without problems gets one row). */
    public Sheet dutyReports(List<DutyReport> reports) {
        Sheet sheet = new Sheet(texts.get("sheet.dutyReports"), List.of(texts.get("column.year"),
                texts.get("column.leader"), texts.get("column.post"), texts.get("column.date"),
                texts.get("column.problem"), texts.get("column.raisedBy"), texts.get("column.followUp"),
                texts.get("column.dueDate"), texts.get("column.closedOn")));
        for (DutyReport report : reports) {
            if (report.getProblems().isEmpty()) {
                sheet.row(report.getYear(), name(report.getLeader()), path(report.getPost()), report.getDate());
            }
            for (RaisedProblem problem : report.getProblems()) {
                sheet.row(report.getYear(), name(report.getLeader()), path(report.getPost()), report.getDate(),
                        problem.getDescription(), problem.getRaisedBy(), problem.getFollowUp(), problem.getDueDate(),
                        problem.getClosedOn());
            }
        }
        return sheet;
    }

    private static String name(Named named) {
        return named == null ? null : named.getName();
    }

    private static String path(EObject object) {
        return object == null ? null : ObjectPaths.path(object);
    }
}
