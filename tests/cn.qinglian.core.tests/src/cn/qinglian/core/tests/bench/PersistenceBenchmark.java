package cn.qinglian.core.tests.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.helpers.DefaultHandler;

import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceDescriptor;

/**
 * Measures the XMI store on a synthetic district: save time, a bare SAX parse of the saved file (the
 * floor any XML loader stands on: the JDK's parser as {@code SAXParserFactory.newInstance()} makes it,
 * with an empty handler), {@link XmiWorkspaceStore#load} of the same file, and the heap the loaded
 * workspace occupies. Each timing is 5 warm-up runs and 10 measured runs; median and minimum are
 * printed. The goal is load ≤ 3 × SAX.
 * <p>
 * Plain Java, no JUnit and no OSGi. Run it with {@code tests/cn.qinglian.core.tests/bench-persistence.sh
 * [STAFF [FOLDER]]} after a build (the script puts the bundles' classes and EMF on the class path);
 * STAFF defaults to 50,000 people, FOLDER to a new temporary folder, which is left in place so that
 * the file can be inspected.
 */
public final class PersistenceBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 10;
    private static final long SEED = 20190601L;

    private PersistenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int staff = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 50_000;
        Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("qinglian-bench-");
        if (Files.exists(folder.resolve(WorkspaceDescriptor.FILE_NAME))) {
            System.err.println(folder + " already holds a workspace: give a new folder");
            System.exit(2);
        }
        XmiWorkspaceStore store = new XmiWorkspaceStore();
        Path file = create(store, folder, staff);
        Timing sax = Timing.of(saxParse(file, false));
        print("bare SAX parse", sax);
        print("SAX, namespace-aware", Timing.of(saxParse(file, true)));
        Timing load = Timing.of(() -> store.load(folder));
        print("XmiWorkspaceStore.load", load);
        printRatio(load, sax);
        System.out.printf(Locale.ROOT, "heap held by the loaded workspace %6.1f MB%n", heldByLoad(store, folder) / 1e6);
    }

    private static Path create(XmiWorkspaceStore store, Path folder, int staff) throws Exception {
        WorkspaceModel model = store.create(folder, "基准测试区");
        new SyntheticOrganisation(SEED).fill(model.organisation(), staff);
        print("XmiWorkspaceStore.save", Timing.of(() -> store.save(model)));
        Path file = folder.resolve(XmiWorkspaceStore.ORGANISATION_FILE);
        System.out.printf(Locale.ROOT, "%,d people, %,d tenures, %,d units, %,d reporting lines, %,d reports%n",
                model.organisation().getPeople().size(),
                model.organisation().getPeople().stream().mapToInt(p -> p.getTenures().size()).sum(),
                count(model, "units") + count(model, "children"), model.organisation().getReportingLines().size(),
                model.organisation().getReports().size());
        System.out.printf(Locale.ROOT, "file %s: %.1f MB, %,d lines%n", file, Files.size(file) / 1e6, lineCount(file));
        return file;
    }

    /** A parse with an empty handler; EMF's own parser is namespace-aware, which costs a little more. */
    private static Run saxParse(Path file, boolean namespaceAware) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(namespaceAware);
        SAXParser parser = factory.newSAXParser();
        return () -> {
            parser.reset();
            parser.parse(file.toFile(), new DefaultHandler());
        };
    }

    private static long count(WorkspaceModel model, String element) {
        long[] count = {0};
        model.organisation().eAllContents().forEachRemaining(o -> {
            if (o.eContainmentFeature().getName().equals(element)) {
                count[0]++;
            }
        });
        return count[0];
    }

    private static long lineCount(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.count();
        }
    }

    /** Used heap with a loaded workspace minus used heap without, each after garbage collection. */
    private static long heldByLoad(XmiWorkspaceStore store, Path folder) throws Exception {
        long before = usedAfterGc();
        WorkspaceModel loaded = store.load(folder);
        long after = usedAfterGc();
        if (loaded.organisation().getPeople().isEmpty()) {
            System.out.println("(empty workspace)");
        }
        return after - before;
    }

    private static long usedAfterGc() throws InterruptedException {
        collectGarbage();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void collectGarbage() throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            System.gc();
            Thread.sleep(50);
        }
    }

    private static void print(String what, Timing timing) {
        System.out.printf(Locale.ROOT, "%-24s wall median %7.1f ms  min %7.1f ms | cpu median %7.1f ms | gc %6.1f ms/run%n",
                what, timing.wall().median(), timing.wall().min(), timing.cpu().median(), timing.gcPerRun());
    }

    private static void printRatio(Timing load, Timing sax) {
        System.out.printf(Locale.ROOT, "load / SAX               wall median %7.2f     min %7.2f    | cpu median %7.2f    (goal <= 3)%n",
                load.wall().median() / sax.wall().median(), load.wall().min() / sax.wall().min(),
                load.cpu().median() / sax.cpu().median());
    }

    /** Something to time. */
    @FunctionalInterface
    private interface Run {
        void run() throws Exception;
    }

    /** Sorted milliseconds of the measured runs. */
    private record Series(double[] millis) {

        double median() {
            return (millis[(millis.length - 1) / 2] + millis[millis.length / 2]) / 2;
        }

        double min() {
            return millis[0];
        }
    }

    /**
     * Wall-clock time, CPU time of the measuring thread, and garbage collection time of the measured
     * runs. Garbage is collected before every run, outside the timing, so that each run starts from
     * the same heap and pays only for the garbage it makes itself; the CPU time does not depend on
     * what else the machine is doing.
     */
    private record Timing(Series wall, Series cpu, double gcPerRun) {

        static Timing of(Run run) throws Exception {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < WARM_UP; i++) {
                collectGarbage();
                run.run();
            }
            double[] wall = new double[RUNS];
            double[] cpu = new double[RUNS];
            long gc = 0;
            for (int i = 0; i < RUNS; i++) {
                collectGarbage();
                long gcBefore = gcMillis();
                long cpuBefore = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                run.run();
                wall[i] = (System.nanoTime() - start) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6;
                gc += gcMillis() - gcBefore;
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            return new Timing(new Series(wall), new Series(cpu), (double) gc / RUNS);
        }

        private static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
        }
    }
}
