package cn.qinglian.core.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import cn.qinglian.model.CopyNotice;
import cn.qinglian.model.Party;
import cn.qinglian.model.Person;
import cn.qinglian.model.Report;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Unit;

/**
 * The reports of 2018 and 2019 on a district's lines, and the integrity copy notices (廉政抄告) that
 * followed some of them. The reporter is whoever held the line's "from" end on the day (for a unit,
 * its head: 主要领导亲自报告), the recipient whoever held its "to" end.
 *
 * <p>Some reports are missing on purpose, so that "who has not reported" has answers: about one line
 * in 25 has no report at all, about one in 16 misses one period, the second level-by-level line
 * misses the first half of 2019 and the last street never reported to its leader in 2019.
 */
final class ReportHistory {

    private final District district;
    private final ResponsibilityLines responsibility;
    private final OrganisationBuilder build;
    private final SplittableRandom random;
    private final PostHolders holders;

    ReportHistory(District district, ResponsibilityLines responsibility, OrganisationBuilder build,
            SplittableRandom random) {
        this.district = district;
        this.responsibility = responsibility;
        this.build = build;
        this.random = random;
        this.holders = new PostHolders(district);
    }

    void write() {
        int levelLines = 0;
        Unit lastStreet = district.streets().get(district.streets().size() - 1).unit().unit();
        for (ResponsibilityLines.ScheduledLine scheduled : responsibility.lines()) {
            LineTopic topic = scheduled.topic();
            if (!topic.recordsReports()) {
                continue;
            }
            List<LineTopic.Period> periods = new ArrayList<>(topic.periods());
            int draw = random.nextInt(100);
            if (draw < 4) {
                periods.clear();
            } else if (draw < 10) {
                periods.remove(random.nextInt(periods.size()));
            }
            if (topic == LineTopic.LEVEL && levelLines++ == 1) {
                periods.removeIf(p -> p.year() == 2019 && p.month() == 6);
            }
            if (topic == LineTopic.LINE_TO_LEADER && scheduled.line().getFrom() == lastStreet) {
                periods.removeIf(p -> p.year() == 2019);
            }
            for (LineTopic.Period period : periods) {
                report(scheduled.line(), topic, period);
            }
        }
    }

    private void report(ReportingLine line, LineTopic topic, LineTopic.Period period) {
        LocalDate day = period.day(random);
        Person reporter = holders.on(line.getFrom(), day, random);
        Person recipient = holders.on(line.getTo(), day, random);
        if (reporter == null || recipient == null) {
            return;
        }
        Report report = build.report(line, day, reporter, recipient);
        report.setTopic(topic.topicOf(period));
        report.setOccasion(period.occasion());
        List<ProblemCatalogue.Problem> problems = random.nextInt(100) < topic.problemPercent()
                ? ProblemCatalogue.draw(random) : List.of();
        for (ProblemCatalogue.Problem problem : problems) {
            report.getProblemsPointedOut().add(problem.text());
        }
        report.setFollowUp(ProblemCatalogue.followUp(random, !problems.isEmpty()));
        if (!problems.isEmpty()) {
            copyNotice(report, topic, problems.get(0));
        }
    }

    /**
     * Same-level supervision: the discipline secretary copies a finding heard level by level to the
     * leader in charge of the unit; a street copies a finding about a station in it to the station's
     * department.
     */
    private void copyNotice(Report report, LineTopic topic, ProblemCatalogue.Problem problem) {
        if (!(report.getLine().getFrom() instanceof Unit subject)) {
            return;
        }
        Party from;
        List<Party> to = new ArrayList<>(2);
        if (topic == LineTopic.LEVEL && random.nextInt(100) < 50) {
            from = district.disciplineSecretary();
            to.add(responsibility.leaderOf(subject));
            to.add(subject);
        } else if (topic == LineTopic.LINE_TO_DEPARTMENT && random.nextInt(100) < 20) {
            from = subject.getParent();
            to.add(subject.getCompetentDepartment());
        } else {
            return;
        }
        LocalDate day = report.getDate().plusDays(3 + random.nextInt(5));
        CopyNotice notice = build.copyNotice(from, to, day, "关于" + subject.getName() + "“" + problem.kind() + "”问题的廉政抄告");
        notice.setContent(report.getDate() + "听取" + subject.getName() + "报告时发现：" + problem.finding()
                + "。请落实“一岗双责”，督促限期整改，并将整改情况书面反馈。");
        notice.setRelatedReport(report);
    }
}
