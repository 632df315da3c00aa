package cn.qinglian.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.qinglian.diagram.ui.internal.NewLineRules;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Post;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Unit;

/** Which lines drawn in a diagram are refused, with the reason the user reads (Chinese: the test runs with -nl zh_CN). */
class NewLineRulesTest {

    private static final QinglianFactory FACTORY = QinglianFactory.eINSTANCE;

    private final Organisation organisation = FACTORY.createOrganisation();
    private final Unit station = FACTORY.createUnit();
    private final Post head = post("所长");
    private final Post section = post("科长");
    private final Post staff = post("科员");

    NewLineRulesTest() {
        organisation.getUnits().add(station);
        line(staff, section, ReportingKind.INTERNAL);
        line(section, head, ReportingKind.INTERNAL);
    }

    @Test
    void aNewLineUpwardsIsAllowed() {
        assertEquals(Optional.empty(), NewLineRules.problem(organisation, staff, head, ReportingKind.LEVEL));
        assertEquals(Optional.empty(), NewLineRules.problem(organisation, staff, section, ReportingKind.LEVEL),
                "another kind beside an existing line");
    }

    @Test
    void selfDuplicatesAndUnitsAreRefused() {
        assertEquals("岗位不能向自己报告。", NewLineRules.problem(organisation, head, head, ReportingKind.LEVEL).orElseThrow());
        assertEquals("这条报告线已经存在。",
                NewLineRules.problem(organisation, staff, section, ReportingKind.INTERNAL).orElseThrow());
        assertEquals("报告线只能在岗位之间绘制。",
                NewLineRules.problem(organisation, staff, station, ReportingKind.LEVEL).orElseThrow());
    }

    @Test
    void aLineClosingACycleIsRefusedButAMutualOneIsNot() {
        String problem = NewLineRules.problem(organisation, head, staff, ReportingKind.LEVEL).orElseThrow();
        assertTrue(problem.contains("科员") && problem.contains("所长") && problem.contains("2"), problem);
        assertEquals(Optional.empty(), NewLineRules.problem(organisation, head, section, ReportingKind.MUTUAL));
    }

    private Post post(String title) {
        Post post = FACTORY.createPost();
        post.setId(UUID.randomUUID().toString());
        post.setName(title);
        station.getPosts().add(post);
        return post;
    }

    private void line(Post from, Post to, ReportingKind kind) {
        ReportingLine line = FACTORY.createReportingLine();
        line.setId(UUID.randomUUID().toString());
        line.setFrom(from);
        line.setTo(to);
        line.setKind(kind);
        organisation.getReportingLines().add(line);
    }
}
