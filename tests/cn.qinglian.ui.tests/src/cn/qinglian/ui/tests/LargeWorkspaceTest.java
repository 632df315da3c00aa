package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.dashboard.DashboardFigures;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.query.PinyinInitials;
import cn.qinglian.core.roster.ImportSummary;
import cn.qinglian.core.roster.RosterImport;
import cn.qinglian.core.roster.RosterObjectType;
import cn.qinglian.core.roster.RosterReader;
import cn.qinglian.model.Person;
import cn.qinglian.model.QinglianPackage.Literals;
import cn.qinglian.model.UnitKind;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.emf.ModelObjectPicker;
import cn.qinglian.ui.internal.explorer.ExplorerGroup;
import cn.qinglian.ui.internal.explorer.ExplorerRange;
import cn.qinglian.ui.internal.explorer.ExplorerTree;
import cn.qinglian.ui.internal.explorer.ExplorerView;
import cn.qinglian.ui.internal.roster.ImportRosterCommand;

/**
 * A generated district of 50,000 people: how long the explorer takes to open, to open the roster, to
 * filter, and how long saving takes. Measured and reported (target/figures), not asserted.
 */
class LargeWorkspaceTest {

    private static final int PEOPLE = 50_000;

    @TempDir
    Path folder;

    private final List<String> figures = new ArrayList<>();

    @Test
    void explorerOpensAFiftyThousandPeopleWorkspaceAtOnce() throws Exception {
        long start = System.nanoTime();
        TestWorkspaces.large(folder, PEOPLE);
        figure("generate and save the workspace", start);
        figures.add(String.format("organisation file: %.1f MB",
                Files.size(folder.resolve(XmiWorkspaceStore.ORGANISATION_FILE)) / 1e6));
        start = System.nanoTime();
        new XmiWorkspaceStore().load(folder);
        figure("load the workspace (XmiWorkspaceStore.load)", start);

        RunningWorkbench.run(List.of("--workspace", folder.toString()), this::measure);
        Path report = Path.of(System.getProperty("qinglian.screenshots", "target/screenshots")).resolveSibling("figures")
                .resolve("large-workspace.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, figures, StandardCharsets.UTF_8);
        figures.forEach(System.out::println);
    }

    private void measure(IWorkbench workbench) throws Exception {
        WorkspaceSession session = Ui.session(workbench);
        assertEquals(PEOPLE, session.organisation().getPeople().size());
        IWorkbenchPage page = Ui.page(workbench);
        page.hideView(Ui.explorer(workbench));
        drain(workbench.getDisplay());

        long start = System.nanoTime();
        ExplorerView explorer = (ExplorerView) page.showView(ExplorerView.ID);
        drain(workbench.getDisplay());
        figure("open the explorer (view created, top levels shown)", start);
        assertTrue(Ui.row(explorer.viewer(), ExplorerGroup.PEOPLE).startsWith("人员名册"));

        start = System.nanoTime();
        explorer.viewer().expandToLevel(ExplorerGroup.PEOPLE, 1);
        drain(workbench.getDisplay());
        figure("open the roster of " + PEOPLE + " people (sorted in pinyin order, shown in ranges of 500)", start);
        ExplorerRange first = (ExplorerRange) explorer.tree().children(ExplorerGroup.PEOPLE).get(0);
        start = System.nanoTime();
        explorer.viewer().expandToLevel(first, 1);
        drain(workbench.getDisplay());
        figure("open the first range of the roster (500 people)", start);
        Person last = (Person) explorer.tree().children(explorer.tree().children(ExplorerGroup.PEOPLE)
                .get(PEOPLE / ExplorerTree.RANGE_SIZE - 1)).get(ExplorerTree.RANGE_SIZE - 1);
        start = System.nanoTime();
        explorer.reveal(last);
        drain(workbench.getDisplay());
        figure("select the last person of the roster", start);
        assertEquals(Ui.row(explorer.viewer(), last), last.getName() + "  " + last.getPersonId());
        Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()), "explorer-50k");

        measureFilterKeystrokes(workbench, explorer);

        start = System.nanoTime();
        ModelObjectPicker picker = new ModelObjectPicker(workbench.getActiveWorkbenchWindow().getShell(), "人员",
                session.organisation().getPeople(), new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return ((Person) element).getName();
                    }
                }, List.of(), false, false);
        picker.setBlockOnOpen(false);
        picker.open();
        drain(workbench.getDisplay());
        figure("open a person picker over all " + PEOPLE + " people", start);
        start = System.nanoTime();
        picker.setFilterText("王伟");
        drain(workbench.getDisplay());
        figure("filter the picker (" + picker.shownCandidates().size() + " shown)", start);
        picker.close();

        measureUndoOfImport(workbench, session);
        measureOverviewFigures(session);

        Person person = session.organisation().getPeople().get(PEOPLE / 2);
        session.execute(SetCommand.create(session.editingDomain(), person, Literals.NAMED__NAME, "改名测试"));
        start = System.nanoTime();
        session.save();
        figure("save the workspace (WorkspaceSession.save)", start);
    }

    /**
     * Typing into the explorer's filter box, keystroke by keystroke: each step is the filter applied
     * (as the box does on the next turn of the event loop after a keystroke) until every row that shows
     * is painted. Five rounds; the first warms up and is left out; median and worst of the other four.
     */
    private void measureFilterKeystrokes(IWorkbench workbench, ExplorerView explorer) {
        List<String> keystrokes = List.of("王", "王伟", "王", "", "w", "wj", "wjg", "wj", "w", "");
        explorer.tree().addPinyinInitials(new PinyinInitials());
        Map<String, List<Long>> millis = new LinkedHashMap<>();
        int[] matches = new int[keystrokes.size()];
        for (int round = 0; round < 5; round++) {
            for (int k = 0; k < keystrokes.size(); k++) {
                long start = System.nanoTime();
                explorer.applyFilter(keystrokes.get(k));
                drain(workbench.getDisplay());
                long elapsed = (System.nanoTime() - start) / 1_000_000;
                if (round > 0) {
                    millis.computeIfAbsent(k + ":" + keystrokes.get(k), key -> new ArrayList<>()).add(elapsed);
                }
                matches[k] = explorer.tree().matches().size();
            }
        }
        List<Long> all = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, List<Long>> step : millis.entrySet()) {
            List<Long> sorted = step.getValue().stream().sorted().toList();
            all.addAll(sorted);
            String text = step.getKey().substring(step.getKey().indexOf(':') + 1);
            figures.add(String.format("filter keystroke -> \"%s\" (%d matches): median %d ms, worst %d ms", text,
                    matches[k++], sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1)));
        }
        List<Long> sorted = all.stream().sorted().toList();
        figures.add(String.format("filter keystroke to repaint, all %d keystrokes: median %d ms, 90th percentile %d ms,"
                + " worst %d ms", sorted.size(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() * 9 / 10),
                sorted.get(sorted.size() - 1)));
        assertTrue(matches[keystrokes.indexOf("wjg")] > 0, "pinyin initials find people");
    }

    /**
     * A roster import of about 1,000 objects (a new street with 50 stations, 7 posts each, held by new
     * people) as one command on the session's stack, then undone and redone. Five rounds after one
     * warm-up; median and worst.
     */
    private void measureUndoOfImport(IWorkbench workbench, WorkspaceSession session) throws Exception {
        Path csv = folder.resolve("import-1000.csv");
        List<String> rows = new ArrayList<>();
        rows.add("unit_path,unit_kind,post_title,post_role,person_id,person_name,start_date,end_date,reports_to");
        rows.add("大区/导入街道,STREET,,,,,,,");
        int person = 0;
        for (int s = 1; s <= 50; s++) {
            String station = "大区/导入街道/导入" + s + "所";
            rows.add(station + ",STATION,,,,,,,");
            for (int p = 1; p <= 7; p++) {
                rows.add(String.format("%s,STATION,岗位%d,%s,IMP-%05d,导入人员%d,2024-01-01,,", station, p,
                        p == 1 ? "HEAD" : "ENFORCEMENT_OFFICER", person, person));
                person++;
            }
        }
        Files.write(csv, rows, StandardCharsets.UTF_8);
        RosterImport roster = RosterImport.check(new RosterReader().read(csv), session.organisation());
        assertTrue(roster.isValid(), () -> roster.problems().toString());
        ImportRosterCommand command = new ImportRosterCommand(roster, session.organisation());
        session.execute(command);
        drain(workbench.getDisplay());
        ImportSummary summary = command.summary();
        int objects = 0;
        for (RosterObjectType type : RosterObjectType.values()) {
            objects += summary.created(type);
        }
        List<Long> undo = new ArrayList<>();
        List<Long> redo = new ArrayList<>();
        Thread ui = Thread.currentThread();
        for (int round = 0; round < 6; round++) {
            long start = System.nanoTime();
            Thread watchdog = Thread.ofPlatform().daemon().start(() -> dumpWhenSlow(ui));
            session.commandStack().undo();
            drain(workbench.getDisplay());
            watchdog.interrupt();
            long undone = (System.nanoTime() - start) / 1_000_000;
            assertEquals(PEOPLE, session.organisation().getPeople().size(), "undo removed the imported people");
            start = System.nanoTime();
            session.commandStack().redo();
            drain(workbench.getDisplay());
            long redone = (System.nanoTime() - start) / 1_000_000;
            if (round > 0) {
                undo.add(undone);
                redo.add(redone);
            }
        }
        assertEquals(PEOPLE + 350, session.organisation().getPeople().size());
        session.commandStack().undo();
        drain(workbench.getDisplay());
        undo.sort(null);
        redo.sort(null);
        figures.add(String.format("undo of a roster import of %d objects (%s), until repainted: median %d ms, worst %d ms;"
                + " redo: median %d ms, worst %d ms", objects, summary.describe(Locale.ENGLISH), undo.get(undo.size() / 2),
                undo.get(undo.size() - 1), redo.get(redo.size() / 2), redo.get(redo.size() - 1)));
    }

    /** The overview's figures (recomputed after every change while the view is open): median of five after one. */
    private void measureOverviewFigures(WorkspaceSession session) {
        LocalDate today = LocalDate.now();
        List<Long> millis = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            long start = System.nanoTime();
            DashboardFigures computed = DashboardFigures.compute(session.organisation(), today, 10,
                    today.withDayOfMonth(1), today);
            computed.staffPerUnit(EnumSet.of(UnitKind.STREET, UnitKind.DEPARTMENT));
            if (round > 0) {
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        millis.sort(null);
        figures.add(String.format("overview figures and chart data (DashboardFigures): median %d ms, worst %d ms",
                millis.get(millis.size() / 2), millis.get(millis.size() - 1)));
    }

    /** Prints where the UI thread is when a step takes longer than 3 s (a figure that far off is a bug). */
    private static void dumpWhenSlow(Thread ui) {
        try {
            Thread.sleep(3000);
            for (int i = 0; i < 5; i++) {
                StringBuilder trace = new StringBuilder("SLOW STEP, UI thread at:\n");
                for (StackTraceElement element : ui.getStackTrace()) {
                    trace.append("    at ").append(element).append('\n');
                }
                System.out.println(trace);
                Thread.sleep(2000);
            }
        } catch (InterruptedException e) {
            // the step ended
        }
    }

    private void figure(String what, long start) {
        figures.add(String.format("%s: %d ms", what, (System.nanoTime() - start) / 1_000_000));
    }

    /** Runs the event loop until nothing is left to do (every row that shows is painted). */
    private static void drain(Display display) {
        for (int idle = 0; idle < 3;) {
            if (display.readAndDispatch()) {
                idle = 0;
            } else {
                idle++;
                display.update();
            }
        }
    }
}
