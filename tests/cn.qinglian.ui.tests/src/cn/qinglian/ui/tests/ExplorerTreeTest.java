package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.query.PinyinInitials;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;
import cn.qinglian.ui.internal.explorer.ExplorerGroup;
import cn.qinglian.ui.internal.explorer.ExplorerRange;
import cn.qinglian.ui.internal.explorer.ExplorerTree;

/** The shape of the explorer: order, current holders, filter, and which nodes a change touches. */
class ExplorerTreeTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @TempDir
    Path folder;

    private Organisation organisation;
    private ExplorerTree tree;

    @BeforeEach
    void openSmallDistrict() throws Exception {
        organisation = TestWorkspaces.small(folder).organisation();
        tree = new ExplorerTree(organisation, TODAY);
    }

    @Test
    void topLevelShowsTheDistrictThenTheRosterReportingLinesAndChargeAssignments() {
        assertEquals(List.of("L区", "", "", ""), texts(tree.children(organisation)));
        assertEquals(List.of(ExplorerGroup.PEOPLE, ExplorerGroup.REPORTING_LINES, ExplorerGroup.CHARGE_ASSIGNMENTS),
                tree.children(organisation).subList(1, 4));
    }

    @Test
    void unitsComeByKindThenInPinyinOrderAfterTheUnitsOwnPosts() {
        Unit district = organisation.getUnits().get(0);
        TestWorkspaces.unit(district.getChildren(), "安监局", UnitKind.DEPARTMENT);
        TestWorkspaces.post(district, "区长", PostRole.HEAD);
        TestWorkspaces.post(district, "副区长", PostRole.LEADERSHIP_MEMBER);
        assertEquals(List.of("区长", "副区长", "安监局", "公安分局", "市场监管局", "城东街道"),
                texts(tree.children(district)));
    }

    @Test
    void peopleSortInPinyinOrder() {
        TestWorkspaces.person(organisation, "艾青", "P010");
        TestWorkspaces.person(organisation, "钟南", "P011");
        assertEquals(List.of("艾青", "李四", "王五", "张三", "钟南"), texts(tree.children(ExplorerGroup.PEOPLE)));
    }

    @Test
    void aPostShowsOnlyItsCurrentHolders() {
        Post head = Ui.named(organisation, Post.class, "所长");
        List<Object> holders = tree.children(head);
        assertEquals(List.of("张三"), texts(holders), "李四 left the post in 2012");
        assertEquals(1, tree.childCount(head));
        Tenure future = TestWorkspaces.tenure(Ui.named(organisation, Person.class, "王五"), head, TODAY.plusDays(1), null);
        tree.invalidate(head);
        assertEquals(List.of("张三"), texts(tree.children(head)), "a tenure starting tomorrow is not current");
        future.setStart(TODAY);
        tree.invalidate(head);
        assertEquals(List.of("王五", "张三"), texts(tree.children(head)));
    }

    @Test
    void countingChildrenDoesNotSortThem() {
        Unit district = organisation.getUnits().get(0);
        assertEquals(3, tree.childCount(district));
        assertEquals(3, tree.childCount(ExplorerGroup.PEOPLE));
        assertEquals(0, tree.childCount(ExplorerGroup.CHARGE_ASSIGNMENTS));
    }

    @Test
    void aLongRosterIsShownInRangesOfFiveHundred() {
        for (int i = 0; i < 1200; i++) {
            TestWorkspaces.person(organisation, "路人" + String.format("%04d", i), "R" + i);
        }
        List<Object> ranges = tree.children(ExplorerGroup.PEOPLE);
        assertEquals(List.of(new ExplorerRange(ExplorerGroup.PEOPLE, 0, 500),
                new ExplorerRange(ExplorerGroup.PEOPLE, 500, 1000), new ExplorerRange(ExplorerGroup.PEOPLE, 1000, 1203)),
                ranges);
        assertEquals(3, tree.childCount(ExplorerGroup.PEOPLE));
        assertEquals(1203, tree.size(ExplorerGroup.PEOPLE));
        ExplorerRange last = (ExplorerRange) ranges.get(2);
        assertEquals(203, tree.children(last).size());
        assertEquals("路人0999 … 张三", tree.rangeLabel(last), "李四 sorts first, so the third range starts at 路人0999");
        Person zhang = Ui.named(organisation, Person.class, "张三");
        assertEquals(last, tree.parent(zhang));
        assertEquals(ExplorerGroup.PEOPLE, tree.parent(last));
    }

    @Test
    void filterKeepsMatchesWithTheirAncestorsAndEverythingInsideThem() {
        tree.setFilter("城东派出");
        Unit district = organisation.getUnits().get(0);
        Unit police = Ui.named(organisation, Unit.class, "公安分局");
        Unit station = Ui.named(organisation, Unit.class, "城东派出所");
        assertEquals(List.of(district, ExplorerGroup.REPORTING_LINES), tree.children(organisation));
        assertEquals(List.of(police), tree.children(district));
        assertEquals(List.of(station), tree.children(police));
        assertEquals(List.of("所长", "副所长"), texts(tree.children(station)), "the matched unit keeps its posts");
        assertEquals(Set.of(station, organisation.getReportingLines().get(0)), tree.matches());
    }

    @Test
    void pinyinInitialsFindUnitsAndPeopleOnceComputed() {
        Unit station = Ui.named(organisation, Unit.class, "城东派出所");
        tree.setFilter("cdpcs");
        assertEquals(Set.of(), tree.matches(), "no initials yet: only the texts are searched");

        tree.addPinyinInitials(new PinyinInitials());
        tree.setFilter("CDPCS");

        assertEquals(Set.of(station, organisation.getReportingLines().get(0)), tree.matches(),
                "the unit, and the line from it");
        tree.setFilter("zs");
        Person zhang = Ui.named(organisation, Person.class, "张三");
        assertTrue(tree.matches().contains(zhang), "张三 in the roster: " + tree.matches());
    }

    @Test
    void filterFindsPeopleAsHoldersAndInTheRoster() {
        tree.setFilter("张三");
        Post head = Ui.named(organisation, Post.class, "所长");
        assertEquals(List.of("张三"), texts(tree.children(head)));
        assertEquals(List.of("张三"), texts(tree.children(ExplorerGroup.PEOPLE)));
        assertEquals(List.of(organisation.getUnits().get(0), ExplorerGroup.PEOPLE), tree.children(organisation));
        tree.setFilter("");
        assertEquals(4, tree.children(organisation).size());
    }

    @Test
    void changesTouchTheNodeWhoseChildrenOrLabelsChange() {
        Unit police = Ui.named(organisation, Unit.class, "公安分局");
        Unit station = Ui.named(organisation, Unit.class, "城东派出所");
        Post head = Ui.named(organisation, Post.class, "所长");
        Person zhang = Ui.named(organisation, Person.class, "张三");
        assertEquals(Set.of(police), changed(station, () -> station.setName("城东派出所（新）")));
        assertEquals(Set.of(station), changed(station, () -> TestWorkspaces.post(station, "教导员", PostRole.STAFF)));
        assertEquals(Set.of(ExplorerGroup.PEOPLE, head), changed(zhang, () -> zhang.setName("张叁")));
        Tenure tenure = zhang.getTenures().get(0);
        assertEquals(Set.of(head), changed(tenure, () -> tenure.setEnd(TODAY)));
        assertEquals(Set.of(ExplorerGroup.PEOPLE),
                changed(organisation, () -> TestWorkspaces.person(organisation, "赵六", "P004")));
    }

    private Set<Object> changed(EObject notifier, Runnable change) {
        Set<Object> nodes = new java.util.HashSet<>();
        AdapterImpl listener = new AdapterImpl() {
            @Override
            public void notifyChanged(Notification notification) {
                if (notification.getEventType() != Notification.REMOVING_ADAPTER) {
                    nodes.addAll(tree.nodesChangedBy(notification));
                }
            }
        };
        notifier.eAdapters().add(listener);
        change.run();
        notifier.eAdapters().remove(listener);
        return nodes;
    }

    private static List<String> texts(List<Object> elements) {
        return elements.stream().map(ExplorerTree::text).toList();
    }
}
