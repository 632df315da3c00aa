package cn.qinglian.core.tests.roster;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.roster.ImportSummary;
import cn.qinglian.core.roster.RosterImport;
import cn.qinglian.core.roster.RosterReader;
import cn.qinglian.core.roster.RosterSheet;

/**
 * Times the import of a large roster: {@code main [ROWS] [FOLDER]} writes a roster of ROWS data rows
 * (default 50,000) into FOLDER (default a new temporary folder), creates a workspace beside it and
 * prints the time of reading, checking, applying and saving, then of a second import of the same
 * file into the same loaded model (which changes nothing and must save the same bytes). The roster is the same for the same ROWS: a district with departments, stations under
 * them and four sections per station; each section has a head, staff and enforcement officers
 * reporting up the chain, and every third person has held the post before.
 *
 * <p>Runs as plain Java: put the classes of cn.qinglian.core, cn.qinglian.model and this fragment
 * and the EMF common, ecore and ecore.xmi jars on the class path.
 */
public final class RosterBenchmark {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡",
        "朱", "高", "林", "何", "郭", "马", "罗"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
        "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英"};
    private static final String[] SECTIONS = {"综合科", "执法一科", "执法二科", "法制科"};
    private static final int STATIONS_PER_DEPARTMENT = 25;
    private static final int STAFF_PER_SECTION = 6;
    private static final LocalDate FIRST_START = LocalDate.of(2008, 1, 1);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final List<String> lines = new ArrayList<>();
    private final int rows;
    private int people;

    private RosterBenchmark(int rows) {
        this.rows = rows;
    }

    /** The roster's lines, header first, with exactly {@code rows} data rows. */
    public static List<String> roster(int rows) {
        RosterBenchmark roster = new RosterBenchmark(rows);
        roster.lines.add("unit_path,unit_kind,post_title,post_role,person_id,person_name,start_date,end_date,reports_to");
        roster.unitRow("L区", "DISTRICT");
        for (int department = 1; !roster.full(); department++) {
            roster.department(department);
        }
        return roster.lines.subList(0, rows + 1);
    }

    private boolean full() {
        return lines.size() > rows;
    }

    private void department(int number) {
        String unit = String.format("L区/区第%02d局", number);
        holders(unit, "DEPARTMENT", "局长", "HEAD", "", 1);
        for (int station = 1; station <= STATIONS_PER_DEPARTMENT && !full(); station++) {
            String stationUnit = String.format("%s/第%02d所", unit, station);
            holders(stationUnit, "STATION", "所长", "HEAD", unit + "#局长", 1);
            for (String section : SECTIONS) {
                String sectionUnit = stationUnit + "/" + section;
                holders(sectionUnit, "SECTION", "科长", "SECTION_HEAD", stationUnit + "#所长", 1);
                holders(sectionUnit, "SECTION", "科员", "STAFF", sectionUnit + "#科长", STAFF_PER_SECTION);
                holders(sectionUnit, "SECTION", "执法队员", "ENFORCEMENT_OFFICER", sectionUnit + "#科长",
                        STAFF_PER_SECTION);
            }
        }
    }

    private void unitRow(String unit, String kind) {
        lines.add(unit + "," + kind + ",,,,,,,");
    }

    /** {@code count} people holding a post now; every third also held it earlier, for a while. */
    private void holders(String unit, String kind, String title, String role, String reportsTo, int count) {
        for (int i = 0; i < count; i++) {
            int person = ++people;
            String id = String.format("P%06d", person);
            String name = SURNAMES[person % SURNAMES.length] + GIVEN[(person / SURNAMES.length) % GIVEN.length];
            LocalDate start = FIRST_START.plusDays((person * 37L) % 5000);
            if (person % 3 == 0) {
                LocalDate earlier = start.minusYears(4);
                lines.add(row(unit, kind, title, role, id, name, earlier, start.minusMonths(6), reportsTo));
            }
            lines.add(row(unit, kind, title, role, id, name, start, null, reportsTo));
        }
    }

    private static String row(String unit, String kind, String title, String role, String id, String name,
            LocalDate start, LocalDate end, String reportsTo) {
        return String.join(",", unit, kind, title, role, id, name, start.toString(), end == null ? "" : end.toString(),
                reportsTo);
    }

    public static void main(String[] arguments) throws Exception {
        int rows = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 50_000;
        Path folder = arguments.length > 1 ? Path.of(arguments[1]) : Files.createTempDirectory("roster-benchmark");
        Path file = Files.write(folder.resolve("roster-" + rows + ".csv"), roster(rows), StandardCharsets.UTF_8);
        XmiWorkspaceStore store = new XmiWorkspaceStore();
        Path workspace = folder.resolve("workspace-" + rows);
        store.create(workspace, "L区");
        System.out.printf("roster %s: %,d rows, %,d bytes%n", file, rows, Files.size(file));
        long start = System.nanoTime();
        WorkspaceModel model = store.load(workspace);
        System.out.printf("load of the empty workspace %d ms%n", ms(System.nanoTime() - start));
        Path saved = workspace.resolve(XmiWorkspaceStore.ORGANISATION_FILE);
        byte[] before = null;
        for (int run = 1; run <= 2; run++) {
            time(run, file, store, model);
            byte[] after = Files.readAllBytes(saved);
            if (before != null) {
                System.out.println("  saved file unchanged by the second import: " + Arrays.equals(before, after));
            }
            before = after;
        }
    }

    /** Imports {@code file} into the loaded {@code model} and saves, printing the times of each step. */
    private static void time(int run, Path file, XmiWorkspaceStore store, WorkspaceModel model) throws Exception {
        long cpu = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        RosterSheet sheet = new RosterReader().read(file);
        long t1 = System.nanoTime();
        RosterImport roster = RosterImport.check(sheet, model.organisation());
        long t2 = System.nanoTime();
        if (!roster.isValid()) {
            throw new IllegalStateException(roster.problems().get(0).toLine(Locale.ENGLISH));
        }
        ImportSummary summary = roster.apply(model.organisation());
        long t3 = System.nanoTime();
        store.save(model);
        long t4 = System.nanoTime();
        cpu = CPU.getCurrentThreadCpuTime() - cpu;
        System.out.printf("import %d: read %d ms, check %d ms, apply %d ms, save %d ms; total %d ms (main thread CPU"
                + " %d ms); organisation file %,d bytes%n  %s%n", run, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2),
                ms(t4 - t3), ms(t4 - t0), ms(cpu), Files.size(model.folder().resolve(XmiWorkspaceStore.ORGANISATION_FILE)),
                summary.describe(Locale.ENGLISH));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** Writes the roster of {@code rows} rows to {@code file}. */
    static Path write(int rows, Path file) throws IOException {
        return Files.write(file, roster(rows), StandardCharsets.UTF_8);
    }
}
