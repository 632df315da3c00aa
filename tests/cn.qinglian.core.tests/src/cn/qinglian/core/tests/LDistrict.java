package cn.qinglian.core.tests;

import static cn.qinglian.model.Cadence.AD_HOC;
import static cn.qinglian.model.Cadence.HALF_YEARLY;
import static cn.qinglian.model.Cadence.MONTHLY;
import static cn.qinglian.model.Cadence.QUARTERLY;
import static cn.qinglian.model.Cadence.YEARLY;
import static cn.qinglian.model.ReportingKind.INTERNAL;
import static cn.qinglian.model.ReportingKind.LEVEL;
import static cn.qinglian.model.ReportingKind.LINE;
import static cn.qinglian.model.ReportingKind.MUTUAL;

import java.time.LocalDate;

import cn.qinglian.model.PostRole;
import cn.qinglian.model.UnitKind;

/**
 * A small, consistent L district (every built-in rule passes on {@link #AS_OF}): the district with its
 * leaders, the market-supervision bureau with the 城东 station and its 综合科 section, and 东街道.
 */
public final class LDistrict {

    public static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    public static final String DISTRICT = "L区";
    public static final String SECRETARY = "L区#区委书记";
    public static final String VICE_HEAD = "L区#副区长";
    public static final String DISCIPLINE = "L区#区纪委书记";
    public static final String BUREAU = "L区/区市场监管局";
    public static final String DIRECTOR = BUREAU + "#局长";
    public static final String STATION = BUREAU + "/城东市场监管所";
    public static final String CHIEF = STATION + "#所长";
    public static final String DEPUTY = STATION + "#副所长";
    public static final String OFFICER = STATION + "#执法队员";
    public static final String SECTION = STATION + "/综合科";
    public static final String SECTION_CHIEF = SECTION + "#科长";
    public static final String CLERK = SECTION + "#科员";
    public static final String STREET = "L区/东街道";
    public static final String STREET_HEAD = STREET + "#主任";

    private LDistrict() {
    }

    public static OrganisationBuilder builder() {
        return OrganisationBuilder.organisation("L区")
                .unit(DISTRICT, UnitKind.DISTRICT)
                .staffed(SECRETARY, PostRole.HEAD, "P001", "王书记", "2019-01-01")
                .staffed(VICE_HEAD, PostRole.LEADERSHIP_MEMBER, "P002", "赵区长", "2020-03-01")
                .staffed(DISCIPLINE, PostRole.DISCIPLINE_SECRETARY, "P003", "孙书记", "2018-06-01")
                .unit(BUREAU, UnitKind.DEPARTMENT)
                .staffed(DIRECTOR, PostRole.HEAD, "P004", "钱局长", "2016-01-01")
                .unit(STATION, UnitKind.STATION)
                .competentDepartment(STATION, BUREAU)
                .staffed(CHIEF, PostRole.HEAD, "P005", "周所长", "2012-05-01")
                .staffed(DEPUTY, PostRole.LEADERSHIP_MEMBER, "P006", "吴副所长", "2012-05-01")
                .tenure("P005", DEPUTY, "2008-01-01", "2012-05-01")
                .staffed(OFFICER, PostRole.ENFORCEMENT_OFFICER, "P009", "陈队员", "2013-02-01")
                .unit(SECTION, UnitKind.SECTION)
                .staffed(SECTION_CHIEF, PostRole.SECTION_HEAD, "P007", "郑科长", "2015-01-01")
                .staffed(CLERK, PostRole.STAFF, "P008", "冯科员", "2020-07-01")
                .unit(STREET, UnitKind.STREET)
                .staffed(STREET_HEAD, PostRole.HEAD, "P010", "褚主任", "2021-01-01")
                .line(INTERNAL, CLERK, SECTION_CHIEF, MONTHLY)
                .line(INTERNAL, SECTION_CHIEF, DEPUTY, QUARTERLY)
                .line(INTERNAL, OFFICER, DEPUTY, AD_HOC)
                .line(MUTUAL, DEPUTY, CHIEF, QUARTERLY)
                .line(LINE, CHIEF, VICE_HEAD, HALF_YEARLY)
                .line(LEVEL, STATION, DISCIPLINE, YEARLY)
                .line(LINE, DIRECTOR, VICE_HEAD, AD_HOC)
                .line(MUTUAL, VICE_HEAD, SECRETARY, AD_HOC)
                .line(LEVEL, STREET_HEAD, DISCIPLINE, AD_HOC)
                .charge(SECRETARY, "2018-01-01", "2021-01-01", BUREAU)
                .charge(VICE_HEAD, "2021-01-01", null, BUREAU)
                .charge(SECRETARY, "2021-01-01", null, STREET)
                .report(CLERK, SECTION_CHIEF, "2024-01-10", "P008", "P007")
                .report(CLERK, SECTION_CHIEF, "2024-02-12", "P008", "P007")
                .report(CLERK, SECTION_CHIEF, "2024-04-08", "P008", "P007")
                .report(SECTION_CHIEF, DEPUTY, "2024-03-20", "P007", "P006")
                .report(DEPUTY, CHIEF, "2024-02-01", "P005", "P006")
                .report(STATION, DISCIPLINE, "2024-06-15", "P005", "P003");
    }
}
