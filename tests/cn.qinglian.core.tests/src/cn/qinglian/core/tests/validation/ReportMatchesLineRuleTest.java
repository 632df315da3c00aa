package cn.qinglian.core.tests.validation;

import static cn.qinglian.core.tests.LDistrict.CLERK;
import static cn.qinglian.core.tests.LDistrict.DISCIPLINE;
import static cn.qinglian.core.tests.LDistrict.SECTION_CHIEF;
import static cn.qinglian.core.tests.LDistrict.STATION;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.tests.LDistrict;
import cn.qinglian.core.tests.OrganisationBuilder;
import cn.qinglian.core.validation.rules.ReportMatchesLineRule;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.Report;

class ReportMatchesLineRuleTest {

    private final ReportMatchesLineRule rule = new ReportMatchesLineRule();

    private static Report last(OrganisationBuilder district) {
        var reports = district.build().getReports();
        return reports.get(reports.size() - 1);
    }

    @Test
    void reportsByTheHoldersOfBothEndsIncludingMutualAndUnitLines() {
        Problems.assertNone(rule, LDistrict.builder().build());
    }

    @Test
    void reporterWhoDoesNotHoldTheFromPost() {
        OrganisationBuilder district = LDistrict.builder().report(CLERK, SECTION_CHIEF, "2024-05-06", "P009", "P007");
        String report = "report:2024-05-06 P009 -> P007";
        Problems.assertOne(rule, district.build(), Diagnostic.ERROR, ReportMatchesLineRule.REPORTER_NOT_AT_FROM,
                report + "：报告人 person:P009 陈队员 在 2024-05-06 未在 " + CLERK + " 任职",
                report + ": the reporter person:P009 陈队员 held no post at " + CLERK + " on 2024-05-06",
                last(district), district.person("P009"), district.post(CLERK));
    }

    @Test
    void recipientNotYetInOfficeOnTheDate() {
        OrganisationBuilder district = LDistrict.builder().report(STATION, DISCIPLINE, "2018-03-01", "P005", "P003");
        String report = "report:2018-03-01 P005 -> P003";
        Problems.assertOne(rule, district.build(), Diagnostic.ERROR, ReportMatchesLineRule.RECIPIENT_NOT_AT_TO,
                report + "：听取人 person:P003 孙书记 在 2018-03-01 未在 " + DISCIPLINE + " 任职",
                report + ": the recipient person:P003 孙书记 held no post at " + DISCIPLINE + " on 2018-03-01",
                last(district), district.person("P003"), district.post(DISCIPLINE));
    }

    @Test
    void reportOnALineOutsideTheOrganisation() {
        OrganisationBuilder district = LDistrict.builder();
        Report report = district.build().getReports().get(0);
        report.setLine(QinglianFactory.eINSTANCE.createReportingLine());
        Problems.assertOne(rule, district.build(), Diagnostic.ERROR, ReportMatchesLineRule.NO_LINE,
                "report:2024-01-10 P008 -> P007：报告记录没有关联到现有的报告链",
                "report:2024-01-10 P008 -> P007: the report does not belong to an existing reporting line",
                report);
    }
}
