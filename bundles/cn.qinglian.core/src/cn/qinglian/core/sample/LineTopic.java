package cn.qinglian.core.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import cn.qinglian.model.Cadence;
import cn.qinglian.model.SupervisionOccasion;

/**
 * What a reporting line is for, which fixes its cadence, the topic of its reports and how often its
 * reports point out problems. Reports fall in the quarters or half years of 2018 and 2019.
 */
enum LineTopic {
    /** 逐级报告: key streets and enterprise-facing departments to the district discipline secretary. */
    LEVEL(Cadence.HALF_YEARLY, "%d年%s抓清廉站所建设工作情况报告", 60),
    /** 系统报告: departments and streets to the district leader in charge. */
    LINE_TO_LEADER(Cadence.QUARTERLY, "%d年%s分管线上清廉站所及营商环境建设情况汇报", 45),
    /** A station to the department that manages it. */
    LINE_TO_DEPARTMENT(Cadence.HALF_YEARLY, "%d年%s站所廉洁作风建设情况报告", 30),
    /** 班子成员与一把手相互报告. */
    MUTUAL(Cadence.HALF_YEARLY, "%d年%s落实“一岗双责”情况相互报告", 10),
    /** A section head or discipline secretary to the head. */
    SECTION(Cadence.HALF_YEARLY, "%d年%s科室廉洁从政情况报告", 12),
    /** 一般同志向科室负责人报告. */
    STAFF(Cadence.QUARTERLY, "%d年%s个人廉洁从政及涉企执法报备情况报告", 4),
    /** An association's liaison officer to its president: not a government line, nothing recorded. */
    LIAISON(Cadence.AD_HOC, null, 0);

    /** One report due on a line: its period's name, the occasion, and the window of days it falls in. */
    record Period(int year, String name, SupervisionOccasion occasion, int month) {

        LocalDate day(SplittableRandom random) {
            return LocalDate.of(year, month, 10 + random.nextInt(17));
        }
    }

    private final Cadence cadence;
    private final String topic;
    private final int problemPercent;

    LineTopic(Cadence cadence, String topic, int problemPercent) {
        this.cadence = cadence;
        this.topic = topic;
        this.problemPercent = problemPercent;
    }

    Cadence cadence() {
        return cadence;
    }

    boolean recordsReports() {
        return topic != null;
    }

    /** How often a report on this line points out problems, in percent. */
    int problemPercent() {
        return problemPercent;
    }

    String topicOf(Period period) {
        return String.format(topic, period.year(), period.name());
    }

    List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        for (int year = SampleDates.FIRST_REPORT_YEAR; year <= SampleDates.LAST_REPORT_YEAR; year++) {
            if (cadence == Cadence.QUARTERLY) {
                periods.add(new Period(year, "第一季度", SupervisionOccasion.ROUTINE, 3));
                periods.add(new Period(year, "第二季度", SupervisionOccasion.MID_YEAR_CHECK, 6));
                periods.add(new Period(year, "第三季度", SupervisionOccasion.DYNAMIC, 9));
                periods.add(new Period(year, "第四季度", SupervisionOccasion.YEAR_END_ASSESSMENT, 12));
            } else if (cadence == Cadence.HALF_YEARLY) {
                periods.add(new Period(year, "上半年", SupervisionOccasion.MID_YEAR_CHECK, 6));
                periods.add(new Period(year, "下半年", SupervisionOccasion.YEAR_END_ASSESSMENT, 12));
            }
        }
        return periods;
    }
}
