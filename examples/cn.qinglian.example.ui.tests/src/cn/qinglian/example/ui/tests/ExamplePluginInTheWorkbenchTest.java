package cn.qinglian.example.ui.tests;

import static cn.qinglian.ui.testing.Controls.chooseFromContextMenu;
import static cn.qinglian.ui.testing.Controls.click;
import static cn.qinglian.ui.testing.Controls.rows;
import static cn.qinglian.ui.testing.Controls.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.draw2d.IFigure;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import cn.qinglian.award.AwardContributions;
import cn.qinglian.award.eligibility.Eligibility;
import cn.qinglian.award.eligibility.EligibilityContext;
import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.ui.internal.ElectionsView;
import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.query.Staffing;
import cn.qinglian.diagram.Badge;
import cn.qinglian.diagram.ui.internal.DiagramEditor;
import cn.qinglian.diagram.ui.internal.parts.NodeFigure;
import cn.qinglian.diagram.ui.internal.parts.NodePart;
import cn.qinglian.example.StationHeadRotationRule;
import cn.qinglian.example.diagram.OpenFindingsDecorator;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.model.RectificationState;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.dashboard.DashboardView;
import cn.qinglian.ui.internal.dashboard.FigureCard;
import cn.qinglian.ui.internal.explorer.ExplorerView;
import cn.qinglian.ui.internal.problems.ProblemsView;
import cn.qinglian.ui.testing.Controls;
import cn.qinglian.ui.testing.RunningWorkbench;
import cn.qinglian.ui.testing.Screenshots;
import cn.qinglian.ui.testing.Ui;

/**
 * The workbench with every module and the example plug-in installed (cn.qinglian.example.feature), on the
 * shipped L-district sample: each of the example's four contributions a user meets in the workbench is
 * on screen. The rotation warnings in 问题, the card in 概览, the open-findings badges on a reporting
 * diagram and a station head excluded from an election in 评选. What the example should show is computed
 * here from the model, not with the example's own code; one station, 和田市场监管所, is followed through
 * all four: its head 吴昊明 has held the post since 2008 and two of its posts are named by open findings.
 */
class ExamplePluginInTheWorkbenchTest {

    private static final String STATION = "和田市场监管所";
    private static final String STATION_PATH = "L区/和田街道/和田市场监管所";
    private static final String HEAD = "吴昊明";
    private static final LocalDate HEAD_SINCE = LocalDate.of(2008, 2, 1);
    private static final String RULE = StationHeadRotationRule.ID;
    private static final String CARD = "example.rotation-due";
    /** The badge's ground as the screen shows it. */
    private static final RGB BADGE_RED = new RGB(0xC6, 0x28, 0x28);

    @Test
    void problemsViewListsTheStationHeadsDueForRotation() throws Exception {
        RunningWorkbench.run(List.of(), workbench -> {
            Organisation organisation = Ui.session(workbench).organisation();
            LocalDate today = LocalDate.now();
            Map<String, Tenure> due = headsDue(organisation, today);
            assertTrue(due.containsKey(STATION_PATH), due.keySet().toString());

            IWorkbenchPage page = Ui.page(workbench);
            ProblemsView view = (ProblemsView) page.showView(ProblemsView.ID);
            view.validateAndWait();
            Table table = Widgets.only(Widgets.of(view), Table.class);
            Ui.waitFor(workbench.getDisplay(), () -> !rowsOf(table, RULE).isEmpty());

            List<String[]> rows = rowsOf(table, RULE);
            assertEquals(new ArrayList<>(due.keySet()), rows.stream().map(row -> row[2]).sorted().toList(),
                    "one warning per station whose head is " + StationHeadRotationRule.YEARS + "+ years in post");
            assertTrue(rows.stream().allMatch(row -> row[0].equals("警告")), "all warnings");
            String[] station = rows.stream().filter(row -> row[2].equals(STATION_PATH)).findFirst().orElseThrow();
            assertEquals("站所“" + STATION_PATH + "”的负责人" + HEAD + "自 " + HEAD_SINCE + " 起任职（满 "
                    + Period.between(HEAD_SINCE, today).getYears() + " 年），应交流轮岗", station[3]);
            assertTrue(view.summary().matches("\\d+ 个错误，\\d+ 个警告，\\d+ 个提示"), view.summary());

            page.setPartState(page.findViewReference(ProblemsView.ID), IWorkbenchPage.STATE_MAXIMIZED);
            TableItem item = itemOf(table, RULE, STATION_PATH);
            table.setSelection(item);
            table.showItem(item);
            Screenshots.settle(workbench.getDisplay(), 500);
            Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()), "example-problems");
            page.setPartState(page.findViewReference(ProblemsView.ID), IWorkbenchPage.STATE_RESTORED);
        });
    }

    @Test
    void overviewShowsTheCardOfStationHeadsDueAndItsStations() throws Exception {
        RunningWorkbench.run(List.of(), workbench -> {
            Organisation organisation = Ui.session(workbench).organisation();
            IWorkbenchPage page = Ui.page(workbench);
            DashboardView view = (DashboardView) page.showView(DashboardView.ID);
            page.setPartState(page.findViewReference(DashboardView.ID), IWorkbenchPage.STATE_MAXIMIZED);
            Ui.settle(workbench);

            Map<String, Tenure> due = headsDue(organisation, LocalDate.now());
            FigureCard card = view.cards().stream().filter(c -> CARD.equals(c.id())).findFirst()
                    .orElseThrow(() -> new AssertionError("no card " + CARD + " among "
                            + view.cards().stream().map(FigureCard::id).toList()));
            assertEquals(null, card.kind(), "a module's card");
            assertEquals(String.valueOf(due.size()), card.number());
            assertEquals("站所负责人任职满 " + StationHeadRotationRule.YEARS + " 年", card.caption());
            Label caption = shownLabel(view, card.caption());
            Label number = (Label) caption.getParent().getChildren()[0];
            assertEquals(card.number(), number.getText(), "the big number above the caption");
            assertTrue(number.isVisible() && number.getBounds().width > 0, "the number is drawn");

            card.click();
            Ui.settle(workbench);
            Table objects = view.objects().getTable();
            assertEquals(due.size(), objects.getItemCount());
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < objects.getItemCount(); i++) {
                shown.add(ObjectPaths.path((Unit) view.objects().getElementAt(i)));
            }
            assertEquals(new ArrayList<>(due.keySet()), shown.stream().sorted().toList());
            assertTrue(List.of(objects.getItems()).stream().anyMatch(item -> item.getText().equals("和田街道 / " + STATION)),
                    List.of(objects.getItems()).stream().map(TableItem::getText).toList().toString());
            Screenshots.settle(workbench.getDisplay(), 800);
            Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()), "example-overview");

            // on another day the card counts other heads (and it can be zero)
            LocalDate earlier = LocalDate.of(2012, 1, 1);
            view.date().setText(earlier.toString());
            Ui.waitFor(workbench.getDisplay(), () -> card.number().equals(String.valueOf(headsDue(organisation, earlier).size())));
            assertEquals(String.valueOf(headsDue(organisation, earlier).size()), card.number());
            assertFalse(card.number().equals(String.valueOf(due.size())), "the sample's heads changed since 2012");
            page.setPartState(page.findViewReference(DashboardView.ID), IWorkbenchPage.STATE_RESTORED);
        });
    }

    @Test
    void reportingDiagramBadgesThePostsWithOpenFindings() throws Exception {
        RunningWorkbench.run(List.of(), workbench -> {
            WorkspaceSession session = Ui.session(workbench);
            Organisation organisation = session.organisation();
            Unit station = Ui.named(organisation, Unit.class, STATION);
            Map<String, Integer> open = openFindingsPerPost(organisation);

            IWorkbenchPage page = Ui.page(workbench);
            ExplorerView explorer = (ExplorerView) page.showView(ExplorerView.ID);
            explorer.reveal(station);
            page.activate(explorer);
            Ui.settle(workbench);
            chooseFromContextMenu(explorer.viewer().getControl(), "打开图");
            Screenshots.settle(workbench.getDisplay(), 500);
            DiagramEditor editor = (DiagramEditor) page.getActiveEditor();
            assertNotNull(editor, "the diagram opened");
            assertSame(station, editor.subject().object());

            // the figure tree: every box shows "查N" for the N open findings naming its post, no badge otherwise
            List<NodeFigure> boxes = new ArrayList<>();
            collect(editor.viewer().canvas().getContents(), boxes);
            assertFalse(boxes.isEmpty());
            Map<String, List<String>> expected = new TreeMap<>();
            Map<String, List<String>> shown = new TreeMap<>();
            List<Post> badged = new ArrayList<>();
            List<Post> plain = new ArrayList<>();
            for (NodeFigure box : boxes) {
                String label = box.item().placed().node().text() + " [" + box.item().id() + "]";
                int count = open.getOrDefault(box.item().id(), 0);
                expected.put(label, count == 0 ? List.of() : List.of("查" + count));
                shown.put(label, box.item().placed().node().badges().stream().map(Badge::text).toList());
                assertTrue(box.item().placed().node().badges().stream().allMatch(
                        badge -> badge.rgb() == OpenFindingsDecorator.RED
                                && badge.tooltip().equals(count + " 条问题尚未整改销号")), label);
                Post post = postWithId(station, box.item().id());
                if (post != null) {
                    (count > 0 ? badged : plain).add(post);
                }
            }
            assertEquals(expected, shown);
            assertEquals(2, badged.size(), "two posts of the station are named by open findings: " + badged);
            assertFalse(plain.isEmpty());
            Post head = station.getPosts().stream().filter(p -> p.getRole() == PostRole.HEAD).findFirst().orElseThrow();
            assertTrue(plain.contains(head), "the head's post has no open finding");

            // on screen: the red badge is drawn in the boxes of those posts, and in no other box
            editor.viewer().zoom().setZoom(1);
            Screenshots.settle(workbench.getDisplay(), 300);
            for (Post post : badged) {
                assertTrue(redPixels(workbench, editor, post) > 40, "a red badge on " + post.getName());
            }
            assertEquals(0, redPixels(workbench, editor, head), "no badge on " + head.getName());

            // the badges leave every label line readable: the box made room for them beside its text
            for (Post post : badged) {
                NodeFigure box = part(editor, post).nodeFigure();
                List<org.eclipse.draw2d.geometry.Rectangle> lines = box.lineBounds();
                assertEquals(box.item().placed().node().lines().size(), lines.size());
                for (org.eclipse.draw2d.geometry.Rectangle badge : box.badgeBounds()) {
                    assertTrue(box.getBounds().contains(badge), "the badge " + badge + " in the box " + box.getBounds());
                    for (org.eclipse.draw2d.geometry.Rectangle line : lines) {
                        assertFalse(badge.intersects(line), post.getName() + ": the badge " + badge
                                + " covers the label line " + line + " of " + box.item().placed().node().lines());
                    }
                }
                assertEquals(0, redPixels(workbench, editor, post, lines), "no badge red over the text of " + post.getName());
            }
            page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
            Screenshots.settle(workbench.getDisplay(), 300);
            editor.viewer().gef().reveal(part(editor, badged.get(0)));
            Screenshots.settle(workbench.getDisplay(), 500);
            Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()), "example-diagram");
            page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        });
    }

    @Test
    void electionShowsTheStationHeadExcludedAsDueForRotation() throws Exception {
        RunningWorkbench.run(List.of(), workbench -> {
            WorkspaceSession session = Ui.session(workbench);
            Organisation organisation = session.organisation();
            Unit station = Ui.named(organisation, Unit.class, STATION);
            IWorkbenchPage page = Ui.page(workbench);
            ElectionsView view = (ElectionsView) page.showView(ElectionsView.ID);
            Ui.settle(workbench);

            select(view.types(), "每月之星");
            select(view.units(), STATION);
            view.day().setText("2019-12-15");
            click(view.create());
            Election december = view.current();
            assertEquals("2019-12", december.getPeriod());
            assertSame(station, december.getScope());

            LocalDate periodEnd = december.getPeriodEnd();
            Tenure headTenure = headsDue(organisation, periodEnd).get(STATION_PATH);
            assertNotNull(headTenure, "the head is due on " + periodEnd);
            Person head = headTenure.getPerson();
            assertEquals(HEAD, head.getName());
            AwardBook book = WorkspaceParts.rootOf(organisation, AwardBook.class).orElseThrow();
            Eligibility rules = new Eligibility(AwardContributions.installed().eligibilityRules());
            EligibilityContext context = new EligibilityContext(organisation, book, december, Locale.CHINA);
            List<Person> eligible = Staffing.staff(station, periodEnd).stream().filter(p -> p != head)
                    .filter(p -> rules.check(p, context).eligible()).toList();
            assertTrue(eligible.size() >= 2, "eligible colleagues: " + eligible);
            Person colleague = eligible.get(0);
            Person nominator = eligible.get(1);

            view.dateText().setText("2020-01-02");
            nominate(view, head, nominator, "带队完成专项整治");
            nominate(view, colleague, nominator, "执法规范文明");
            assertEquals(2, december.getNominations().size(), view.status().getText());

            Table table = view.table().getTable();
            assertEquals(List.of("1 " + colleague.getName() + " 符合", "— " + HEAD + " 不符合"), rows(table, 3));
            int years = Period.between(HEAD_SINCE, periodEnd).getYears();
            assertEquals(11, years);
            assertEquals("非任职满 5 年待交流轮岗的站所负责人：自 " + HEAD_SINCE + " 起任“" + STATION_PATH
                    + "”负责人（满 " + years + " 年），待交流轮岗", table.getItem(1).getText(5));
            view.table().setSelection(new org.eclipse.jface.viewers.StructuredSelection(view.table().getElementAt(1)));
            assertEquals("非任职满 5 年待交流轮岗的站所负责人（example.not-due-for-rotation）：自 " + HEAD_SINCE + " 起任“"
                    + STATION_PATH + "”负责人（满 " + years + " 年），待交流轮岗", view.details().getText());

            page.setPartState(page.findViewReference(ElectionsView.ID), IWorkbenchPage.STATE_MAXIMIZED);
            Screenshots.settle(workbench.getDisplay(), 500);
            Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()), "example-election");
            page.setPartState(page.findViewReference(ElectionsView.ID), IWorkbenchPage.STATE_RESTORED);
        });
    }

    // --- what the example should show, from the model --------------------------------------------------

    /**
     * The stations whose current head (a person in a head post on {@code asOf}) began that tenure
     * {@value StationHeadRotationRule#YEARS} or more full years before, by station path.
     */
    private static Map<String, Tenure> headsDue(Organisation organisation, LocalDate asOf) {
        Map<String, Tenure> due = new TreeMap<>();
        organisation.eAllContents().forEachRemaining(object -> {
            if (object instanceof Unit unit && unit.getKind() == UnitKind.STATION) {
                for (Post post : unit.getPosts()) {
                    for (Tenure tenure : post.getTenures()) {
                        boolean current = tenure.getStart() != null && !tenure.getStart().isAfter(asOf)
                                && (tenure.getEnd() == null || !tenure.getEnd().isBefore(asOf));
                        if (post.getRole() == PostRole.HEAD && current && tenure.getPerson() != null
                                && Period.between(tenure.getStart(), asOf).getYears() >= StationHeadRotationRule.YEARS) {
                            due.put(ObjectPaths.path(unit), tenure);
                        }
                    }
                }
            }
        });
        return due;
    }

    /** Post id → findings naming the post that have no rectification or one not closed. */
    private static Map<String, Integer> openFindingsPerPost(Organisation organisation) {
        InspectionRoot root = WorkspaceParts.rootOf(organisation, InspectionRoot.class).orElseThrow();
        Map<Finding, List<RectificationState>> states = new HashMap<>();
        for (Rectification rectification : root.getRectifications()) {
            states.computeIfAbsent(rectification.getFinding(), f -> new ArrayList<>()).add(rectification.getState());
        }
        Map<String, Integer> open = new LinkedHashMap<>();
        for (Finding finding : root.getFindings()) {
            List<RectificationState> of = states.getOrDefault(finding, List.of());
            if (of.isEmpty() || of.stream().anyMatch(state -> state != RectificationState.CLOSED)) {
                finding.getPosts().forEach(post -> open.merge(post.getId(), 1, Integer::sum));
            }
        }
        return open;
    }

    private static Post postWithId(Unit unit, String id) {
        for (Post post : unit.getPosts()) {
            if (post.getId().equals(id)) {
                return post;
            }
        }
        for (Unit child : unit.getChildren()) {
            Post found = postWithId(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    // --- the widgets and figures the user sees ----------------------------------------------------------

    private static List<String[]> rowsOf(Table table, String rule) {
        List<String[]> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            if (item.getText(1).equals(rule)) {
                rows.add(new String[] { item.getText(0), item.getText(1), item.getText(2), item.getText(3) });
            }
        }
        return rows;
    }

    private static TableItem itemOf(Table table, String rule, String objectPath) {
        for (TableItem item : table.getItems()) {
            if (item.getText(1).equals(rule) && item.getText(2).equals(objectPath)) {
                return item;
            }
        }
        throw new AssertionError("no row of " + rule + " for " + objectPath);
    }

    /** The label of the view showing {@code text}, visible and with a size. */
    private static Label shownLabel(DashboardView view, String text) {
        List<Label> labels = Controls.all(Widgets.of(view), Label.class).stream()
                .filter(label -> label.getText().equals(text)).toList();
        assertEquals(1, labels.size(), "one label \"" + text + "\"");
        Label label = labels.get(0);
        assertTrue(label.isVisible() && label.getBounds().width > 0 && label.getBounds().height > 0,
                "\"" + text + "\" is drawn: " + label.getBounds());
        return label;
    }

    private static void collect(IFigure figure, List<NodeFigure> boxes) {
        if (figure instanceof NodeFigure box) {
            boxes.add(box);
        }
        for (Object child : figure.getChildren()) {
            collect((IFigure) child, boxes);
        }
    }

    private static NodePart part(DiagramEditor editor, Post post) {
        return (NodePart) editor.viewer().part(editor.state().node(post.getId()));
    }

    /** The pixels of the badges' red inside the box of {@code post}, as the screen shows it. */
    private static int redPixels(IWorkbench workbench, DiagramEditor editor, Post post) {
        NodePart part = part(editor, post);
        return redPixels(workbench, editor, post, List.of(part.getFigure().getBounds()));
    }

    /** The pixels of the badges' red in {@code areas} (the figure's coordinates) of the box of {@code post}, as the screen shows it. */
    private static int redPixels(IWorkbench workbench, DiagramEditor editor, Post post,
            List<org.eclipse.draw2d.geometry.Rectangle> areas) {
        NodePart part = part(editor, post);
        editor.viewer().gef().reveal(part);
        Screenshots.settle(workbench.getDisplay(), 300);
        org.eclipse.draw2d.geometry.Rectangle box = editor.viewer().onScreen(part);
        Rectangle client = editor.viewer().canvas().getClientArea();
        assertTrue(client.contains(box.x + box.width / 2, box.y + box.height / 2), post.getName() + " is on screen");
        ImageData screen = Screenshots.captureAsShown(workbench.getActiveWorkbenchWindow().getShell());
        Rectangle shell = workbench.getActiveWorkbenchWindow().getShell().getBounds();
        int red = 0;
        for (org.eclipse.draw2d.geometry.Rectangle figureArea : areas) {
            org.eclipse.draw2d.geometry.Rectangle area = figureArea.getCopy();
            part.getFigure().translateToAbsolute(area);
            Point origin = editor.viewer().canvas().toDisplay(area.x, area.y);
            for (int y = Math.max(0, origin.y - shell.y); y < Math.min(screen.height, origin.y - shell.y + area.height); y++) {
                for (int x = Math.max(0, origin.x - shell.x); x < Math.min(screen.width, origin.x - shell.x + area.width); x++) {
                    RGB rgb = screen.palette.getRGB(screen.getPixel(x, y));
                    if (Math.abs(rgb.red - BADGE_RED.red) + Math.abs(rgb.green - BADGE_RED.green)
                            + Math.abs(rgb.blue - BADGE_RED.blue) <= 24) {
                        red++;
                    }
                }
            }
        }
        return red;
    }

    private static void nominate(ElectionsView view, Person nominee, Person nominator, String reason) {
        select(view.nominees(), label(nominee));
        select(view.people(), label(nominator));
        view.kinds().select(0);
        view.reason().setText(reason);
        click(view.nominateButton());
    }

    private static String label(Person person) {
        return person.getName() + " (" + person.getPersonId() + ")";
    }
}
