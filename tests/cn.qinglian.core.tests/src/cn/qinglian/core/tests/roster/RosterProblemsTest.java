package cn.qinglian.core.tests.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.qinglian.core.roster.RosterImport;
import cn.qinglian.core.roster.RosterProblem;
import cn.qinglian.core.roster.RosterProblemKind;

/** Every kind of problem a roster can have, with the row, column and reason a user is shown. */
class RosterProblemsTest {

    private static final String UNIT = "L区/区市场监管局/城东市场监管所";
    private static final String SECTION = UNIT + "/综合科";

    @TempDir
    Path folder;

    private List<RosterProblem> problemsOf(List<String> lines) throws Exception {
        return Rosters.check(Rosters.csv(folder, "roster.csv", lines), Rosters.emptyOrganisation()).problems();
    }

    @Test
    void theGoodRosterHasNoProblems() throws Exception {
        assertEquals(List.of(), problemsOf(Rosters.goodWith()));
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                bad("L区/区环保局,BUREAU,局长,HEAD,P010,陈红,2019-01-01,,", RosterProblemKind.UNKNOWN_UNIT_KIND,
                        "unit_kind", "“BUREAU”不是单位类别；可填：DISTRICT, LEADERSHIP_BODY, DEPARTMENT, STREET, STATION,"
                                + " SECTION, VILLAGE_COMMITTEE, ASSOCIATION",
                        "\"BUREAU\" is not a unit kind; allowed: DISTRICT, LEADERSHIP_BODY"),
                bad(UNIT + ",STATION,副所长,DEPUTY,P010,陈红,2019-01-01,,", RosterProblemKind.UNKNOWN_POST_ROLE,
                        "post_role", "“DEPUTY”不是岗位角色；可填：HEAD, LEADERSHIP_MEMBER, SECTION_HEAD, STAFF,"
                                + " ENFORCEMENT_OFFICER, DISCIPLINE_SECRETARY",
                        "\"DEPUTY\" is not a post role; allowed: HEAD"),
                bad(UNIT + ",STATION,副所长,LEADERSHIP_MEMBER,P010,陈红,2019-02-30,,", RosterProblemKind.IMPOSSIBLE_DATE,
                        "start_date", "2019-02-30 不是日历上存在的日期", "2019-02-30 is not a day of the calendar"),
                bad(UNIT + ",STATION,副所长,LEADERSHIP_MEMBER,P010,陈红,2019.03.01,,", RosterProblemKind.BAD_DATE,
                        "start_date", "“2019.03.01”不是 YYYY-MM-DD 格式的日期",
                        "\"2019.03.01\" is not a date of the form YYYY-MM-DD"),
                bad(UNIT + ",STATION,副所长,LEADERSHIP_MEMBER,P010,陈红,2020-05-01,2020-04-30,",
                        RosterProblemKind.END_BEFORE_START, "end_date", "结束日期 2020-04-30 早于开始日期 2020-05-01",
                        "the end date 2020-04-30 is before the start date 2020-05-01"),
                bad(UNIT + ",STATION,副所长,LEADERSHIP_MEMBER,P010,,2020-05-01,,", RosterProblemKind.EMPTY_TENURE_FIELD,
                        "person_name", "本行填写了任职", "must not be empty on a row that names a tenure"),
                bad(UNIT + ",,副所长,LEADERSHIP_MEMBER,P010,陈红,2020-05-01,,", RosterProblemKind.EMPTY_FIELD,
                        "unit_kind", "不能为空", "must not be empty"),
                bad(UNIT + ",STATION,,LEADERSHIP_MEMBER,P010,陈红,2020-05-01,,", RosterProblemKind.EMPTY_POST_FIELD,
                        "post_title", "本行填写了岗位或任职，此项不能为空", "must not be empty on a row that names a post"),
                bad(UNIT + ",STATION,副所长,LEADERSHIP_MEMBER,P002,李敏,2020-05-01,,",
                        RosterProblemKind.PERSON_NAME_CONFLICT, "person_name", "人员 P002 在第 4 行的姓名是“李明”",
                        "person P002 is called \"李明\" in row 4"),
                bad(UNIT + ",STREET,副所长,LEADERSHIP_MEMBER,P010,陈红,2020-05-01,,",
                        RosterProblemKind.UNIT_KIND_CONFLICT, "unit_kind", "单位 " + UNIT + " 在第 4 行的类别是 STATION",
                        "unit " + UNIT + " has the kind STATION in row 4"),
                bad(SECTION + ",SECTION,科员,ENFORCEMENT_OFFICER,P010,陈红,2020-05-01,,",
                        RosterProblemKind.POST_ROLE_CONFLICT, "post_role", "岗位 " + SECTION + "#科员 在第 6 行的角色是 STAFF",
                        "post " + SECTION + "#科员 has the role STAFF in row 6"),
                bad("L区/区环保局/城西环保所,STATION,所长,HEAD,P010,陈红,2020-05-01,,", RosterProblemKind.UNDECLARED_UNIT,
                        "unit_path", "工作区中没有单位 L区/区环保局，文件中也没有哪一行给出它的类别",
                        "unit L区/区环保局 is not in the workspace and no row gives its kind"),
                bad(UNIT + ",STATION,副所长,LEADERSHIP_MEMBER,P010,陈红,2020-05-01,,L区/区市场监管局#副局长",
                        RosterProblemKind.UNKNOWN_REPORTS_TO, "reports_to", "岗位 L区/区市场监管局#副局长 既不在本文件中，也不在工作区中",
                        "post L区/区市场监管局#副局长 is neither in this file nor in the workspace"),
                bad(UNIT + ",STATION,副所长,LEADERSHIP_MEMBER,P010,陈红,2020-05-01,," + UNIT + "#副所长",
                        RosterProblemKind.REPORTS_TO_SELF, "reports_to", "岗位不能向自己报告", "a post cannot report to itself"),
                bad(UNIT + ",STATION,副所长,LEADERSHIP_MEMBER,P010,陈红,2020-05-01,,L区/区市场监管局",
                        RosterProblemKind.BAD_POST_REFERENCE, "reports_to", "“L区/区市场监管局”不是“单位路径#岗位名称”格式的岗位",
                        "\"L区/区市场监管局\" is not a post of the form unit_path#post_title"),
                bad("L区//综合科,SECTION,科员,STAFF,P010,陈红,2020-05-01,,", RosterProblemKind.BAD_UNIT_PATH, "unit_path",
                        "“L区//综合科”不是单位路径", "\"L区//综合科\" is not a unit path"),
                bad(Rosters.GOOD.get(3), RosterProblemKind.DUPLICATE_TENURE, "start_date", "与第 5 行重复",
                        "repeats row 5"),
                bad(SECTION + ",SECTION,科员,STAFF,P004,赵丽,2022-01-01,,", RosterProblemKind.OVERLAPPING_TENURE,
                        "start_date", "与同一人在同一岗位上开始于 2021-09-01 的任职（第 6 行）时间重叠",
                        "overlaps the tenure of the same person in the same post that starts on 2021-09-01 (row 6)"),
                bad(SECTION + ",SECTION,科员,STAFF,P004,赵丽,2021-09-01,2024-01-01,", RosterProblemKind.OVERLAPPING_TENURE,
                        "start_date", "（第 6 行）时间重叠", "(row 6)"));
    }

    private static Arguments bad(String row, RosterProblemKind kind, String column, String chinese, String english) {
        return Arguments.of(row, kind, column, chinese, english);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badRows")
    void badRowIsReportedWithRowColumnAndReason(String row, RosterProblemKind kind, String column, String chinese,
            String english) throws Exception {
        List<RosterProblem> problems = problemsOf(Rosters.goodWith(row));
        assertEquals(1, problems.size(), problems.toString());
        RosterProblem problem = problems.get(0);
        assertEquals(kind, problem.kind());
        assertEquals(8, problem.row());
        assertEquals(column, problem.column());
        assertTrue(problem.reason(Locale.SIMPLIFIED_CHINESE).contains(chinese), problem.reason(Locale.SIMPLIFIED_CHINESE));
        assertTrue(problem.reason(Locale.ENGLISH).contains(english), problem.reason(Locale.ENGLISH));
    }

    @Test
    void missingColumnIsReportedInTheHeaderRowListingTheExpectedColumns() throws Exception {
        List<String> lines = new ArrayList<>(Rosters.goodWith());
        lines.set(0, Rosters.HEADER.replace(",reports_to", ""));
        List<RosterProblem> problems = problemsOf(lines);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(new RosterProblem(1, "reports_to", RosterProblemKind.MISSING_COLUMN,
                List.of("reports_to", Rosters.HEADER)), problems.get(0));
        assertEquals("表头行缺少列 reports_to；表头必须包含以下各列（顺序不限）：" + Rosters.HEADER,
                problems.get(0).reason(Locale.SIMPLIFIED_CHINESE));
        assertEquals("1\treports_to\tthe header row has no column reports_to; it must name these columns, in any order: "
                + Rosters.HEADER, problems.get(0).toLine(Locale.ENGLISH));
    }

    @Test
    void columnNamedTwiceIsReported() throws Exception {
        List<String> lines = new ArrayList<>(Rosters.goodWith());
        lines.set(0, Rosters.HEADER + ",Person_ID");
        List<RosterProblem> problems = problemsOf(lines);
        assertEquals(List.of(RosterProblemKind.DUPLICATE_COLUMN), problems.stream().map(RosterProblem::kind).toList());
        assertEquals("表头行中列 person_id 出现了两次", problems.get(0).reason(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void emptyFileIsReportedAsRowOne() throws Exception {
        List<RosterProblem> problems = problemsOf(List.of(""));
        assertEquals(1, problems.size());
        assertEquals(RosterProblemKind.EMPTY_FILE, problems.get(0).kind());
        assertEquals(1, problems.get(0).row());
        assertTrue(problems.get(0).reason(Locale.ENGLISH).endsWith(Rosters.HEADER));
    }

    @Test
    void everyBadRowIsReportedInRowOrder() throws Exception {
        List<RosterProblem> problems = problemsOf(Rosters.goodWith(
                UNIT + ",STATION,副所长,LEADERSHIP_MEMBER,P010,陈红,2019-02-30,2019-02-31,",
                "L区/区环保局,BUREAU,局长,HEAD,P011,陈红,2019-01-01,,"));
        assertEquals(List.of("8 start_date IMPOSSIBLE_DATE", "8 end_date IMPOSSIBLE_DATE", "9 unit_kind UNKNOWN_UNIT_KIND"),
                problems.stream().map(p -> p.row() + " " + p.column() + " " + p.kind()).toList());
    }

    @Test
    void headerInAnyOrderWithExtraColumnsIsRead() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("备注,person_name,reports_to,unit_kind,UNIT_PATH,end_date,start_date,post_role,person_id,post_title");
        lines.add("区级,,,DISTRICT,L区,,,,,");
        lines.add("局长,王建国,,DEPARTMENT,L区/区市场监管局,,2018-01-15,HEAD,P001,局长");
        lines.add(",李明,L区/区市场监管局#局长,STATION," + UNIT + ",,2019-03-01,HEAD,P002,所长");
        RosterImport roster = Rosters.check(Rosters.csv(folder, "any-order.csv", lines), Rosters.emptyOrganisation());
        assertEquals(List.of(), roster.problems());
        assertEquals(3, roster.rowCount());
    }
}
