package cn.qinglian.core.sample;

import java.util.List;

/** Kinds of grassroots stations (站所) of a street or town, with their posts and sections. */
enum StationType {
    POLICE(CompetentDepartment.POLICE, "派出所", "所长", List.of("教导员", "副所长"),
            List.of(new SectionSpec("综合室", "主任", PostSpec.staff("内勤", 1)),
                    new SectionSpec("社区警务队", "队长", PostSpec.officer("社区民警", 3)),
                    new SectionSpec("案件办理队", "队长", PostSpec.officer("办案民警", 3))),
            List.of()),
    MARKET(CompetentDepartment.MARKET, "市场监管所", "所长", List.of("副所长"), List.of(),
            List.of(PostSpec.officer("市场监管员", 3), PostSpec.staff("科员", 1))),
    ENFORCEMENT(CompetentDepartment.ENFORCEMENT, "综合行政执法中队", "中队长", List.of("副中队长"),
            List.of(new SectionSpec("综合科", "科长", PostSpec.staff("科员", 1)),
                    new SectionSpec("执法科", "科长", PostSpec.officer("执法队员", 4))),
            List.of()),
    ENVIRONMENT(CompetentDepartment.ENVIRONMENT, "环保所", "所长", List.of(), List.of(),
            List.of(PostSpec.officer("环境监察员", 2))),
    TAX(CompetentDepartment.TAX, "税务所", "所长", List.of("副所长"), List.of(),
            List.of(PostSpec.officer("税收管理员", 2), PostSpec.staff("科员", 1))),
    JUSTICE(CompetentDepartment.JUSTICE, "司法所", "所长", List.of(), List.of(),
            List.of(PostSpec.staff("司法助理员", 1)));

    private final CompetentDepartment department;
    private final String suffix;
    private final String headTitle;
    private final List<String> deputyTitles;
    private final List<SectionSpec> sections;
    private final List<PostSpec> staff;

    StationType(CompetentDepartment department, String suffix, String headTitle, List<String> deputyTitles,
            List<SectionSpec> sections, List<PostSpec> staff) {
        this.department = department;
        this.suffix = suffix;
        this.headTitle = headTitle;
        this.deputyTitles = deputyTitles;
        this.sections = sections;
        this.staff = staff;
    }

    CompetentDepartment department() {
        return department;
    }

    /** The station's name in a street called {@code place}: 青山派出所. */
    String nameIn(String place) {
        return place + suffix;
    }

    String headTitle() {
        return headTitle;
    }

    List<String> deputyTitles() {
        return deputyTitles;
    }

    List<SectionSpec> sections() {
        return sections;
    }

    /** Posts directly in the station, outside any section. */
    List<PostSpec> staff() {
        return staff;
    }
}
