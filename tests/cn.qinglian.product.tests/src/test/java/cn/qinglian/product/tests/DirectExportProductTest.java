package cn.qinglian.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.product.tests.ProductCopy.Run;

/**
 * The launch script runs {@code export-diagram} on a plain class path (no OSGi) and speeds it up over
 * the first starts: lean jar copies after the first run, then (Java 25+) an ahead-of-time cache that the
 * next run has trained in the background on the bundled sample. Whatever the stage, the files and
 * messages must be exactly those of the command run through OSGi.
 */
@EnabledOnOs(OS.LINUX)
class DirectExportProductTest {

    private static final String UNIT = "unit:L区/和埠街道/和埠派出所";

    @TempDir
    Path folder;

    @Test
    void everyStageOfTheFastStartWritesWhatOsgiWrites() throws Exception {
        ProductCopy product = ProductCopy.unpack(folder);
        Path configuration = product.root.resolve("configuration");
        Path osgiSvg = folder.resolve("osgi.svg");
        Path osgiPng = folder.resolve("osgi.png");
        Run osgi = export(product, Map.of("QINGLIAN_OSGI", "1"), "svg", osgiSvg);
        Run osgiPngRun = export(product, Map.of("QINGLIAN_OSGI", "1"), "png", osgiPng);
        assertEquals(List.of(), leanJars(configuration), "OSGi leaves no lean copies");

        for (int stage = 1; stage <= 3; stage++) {
            Path svg = folder.resolve("direct" + stage + ".svg");
            Run direct = export(product, Map.of(), "svg", svg);
            assertEquals(osgi.out().replace(osgiSvg.toString(), svg.toString()), direct.out(), "stage " + stage);
            assertEquals(osgi.err().replace(osgiSvg.toString(), svg.toString()), direct.err(), "stage " + stage);
            assertArrayEquals(Files.readAllBytes(osgiSvg), Files.readAllBytes(svg), "stage " + stage + ": same SVG");
            if (stage == 1) {
                assertEquals(19, leanJars(configuration).size(), "a lean copy of each jar of the class path");
            }
            if (stage == 2 && javaOfTheScript() >= 25) {
                awaitCache(configuration);
            }
        }
        Path png = folder.resolve("direct.png");
        Run pngRun = export(product, Map.of(), "png", png);
        assertEquals(osgiPngRun.err().replace(osgiPng.toString(), png.toString()), pngRun.err());
        assertArrayEquals(Files.readAllBytes(osgiPng), Files.readAllBytes(png), "same PNG, pixel for pixel");

        Run english = product.run(Map.of(), "-nl", "en", "export-diagram", "--workspace", product.sample().toString(),
                "--scope", "chain:NO-SUCH-ID", "--format", "svg", "--out", folder.resolve("x.svg").toString());
        Run englishOsgi = product.run(Map.of("QINGLIAN_OSGI", "1"), "-nl", "en", "export-diagram", "--workspace",
                product.sample().toString(), "--scope", "chain:NO-SUCH-ID", "--format", "svg", "--out",
                folder.resolve("x.svg").toString());
        assertEquals(2, english.exitCode());
        assertEquals(englishOsgi.err(), english.err(), "the same error in English");
        assertTrue(english.err().contains("NO-SUCH-ID"), english.err());
    }

    private static Run export(ProductCopy product, Map<String, String> environment, String format, Path out)
            throws IOException, InterruptedException {
        Run run = product.run(environment, "export-diagram", "--workspace", product.sample().toString(), "--scope",
                UNIT, "--format", format, "--out", out.toString());
        assertEquals(0, run.exitCode(), environment + " " + run.err());
        return run;
    }

    private static List<Path> leanJars(Path configuration) throws IOException {
        Path lean = configuration.resolve("lean-jars");
        if (!Files.isDirectory(lean)) {
            return List.of();
        }
        try (Stream<Path> jars = Files.list(lean)) {
            return jars.filter(p -> p.toString().endsWith(".jar")).toList();
        }
    }

    /** The feature version of the Java the script takes: the one named, else the newest in /usr/lib/jvm. */
    private static int javaOfTheScript() throws IOException {
        for (String variable : List.of("QINGLIAN_JAVA_HOME", "JAVA_HOME")) {
            String home = System.getenv(variable);
            if (home != null && !home.isEmpty() && feature(Path.of(home)) >= 21) {
                return feature(Path.of(home));
            }
        }
        try (Stream<Path> homes = Files.list(Path.of("/usr/lib/jvm"))) {
            return homes.filter(home -> !Files.isSymbolicLink(home)).mapToInt(DirectExportProductTest::feature).max()
                    .orElse(0);
        }
    }

    private static int feature(Path javaHome) {
        try {
            String text = Files.readString(javaHome.resolve("release"));
            int at = text.indexOf("JAVA_VERSION=\"");
            return at < 0 ? 0 : Integer.parseInt(text.substring(at + 14).split("[.\"]")[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The ahead-of-time cache, assembled in the background after the recording run. */
    private static void awaitCache(Path configuration) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(configuration)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                if (names.stream().anyMatch(n -> n.startsWith("direct-") && n.endsWith(".aot"))
                        && names.stream().noneMatch(n -> n.contains(".aot.part-"))) {
                    assertTrue(names.stream().anyMatch(n -> n.endsWith(".aot.tried")), names.toString());
                    return; // the cache in place, the training's files gone
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no ahead-of-time cache in " + configuration);
    }
}
