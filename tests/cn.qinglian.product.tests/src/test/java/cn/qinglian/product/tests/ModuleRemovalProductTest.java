package cn.qinglian.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.qinglian.product.tests.ProductCopy.Run;

/**
 * A module is a set of bundles named by a prefix (its logic bundle, its UI and other bundles after a
 * dot). Removing the set from an installation that has already run leaves a working workbench: the
 * commands of the core work on the sample (whose file of that module is then neither loaded nor
 * touched), and the workbench window opens without errors in the log. Written against the prefixes,
 * so it holds before the modules land (nothing to remove: skipped) and after.
 */
@EnabledOnOs(OS.LINUX)
class ModuleRemovalProductTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "without {0}*")
    @ValueSource(strings = { "cn.qinglian.inspection", "cn.qinglian.evaluation", "cn.qinglian.award",
            "cn.qinglian.diagram", "cn.qinglian.inspection,cn.qinglian.evaluation,cn.qinglian.award,cn.qinglian.diagram" })
    void theWorkbenchWorksWithoutTheModule(String prefixes) throws Exception {
        ProductCopy product = ProductCopy.unpack(folder);
        List<String> set = List.of(prefixes.split(","));
        Assumptions.assumeTrue(set.stream().anyMatch(prefix -> {
            try {
                return product.hasBundles(prefix);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }), "the product has no bundle " + prefixes + "*");
        assertEquals(0, product.run("--help").exitCode(), "the product runs once with the module");
        Path sample = product.sample();
        List<Path> files;
        try (var list = Files.list(sample)) {
            files = list.sorted().toList();
        }
        List<byte[]> before = read(files);

        List<String> removed = product.removeBundles(set);
        assertFalse(removed.isEmpty());

        Run help = product.run("--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("validate --workspace DIR"), help.out());
        Run validate = product.run("validate", "--workspace", sample.toString(), "--as-of", "2026-11-01");
        assertNotEquals(2, validate.exitCode(), validate.out() + validate.err());
        assertTrue(validate.err().contains("校验完成"), validate.err());
        for (String prefix : set) {
            assertFalse(validate.out().contains("\t" + prefix.substring("cn.qinglian.".length()) + "."),
                    "a rule of the removed module ran: " + validate.out());
        }
        Run info = product.run("workspace-info", "--workspace", sample.toString());
        assertEquals(0, info.exitCode(), info.err());
        assertTrue(info.out().contains("名称：L区"), info.out());
        Path generated = folder.resolve("generated");
        Run sampleRun = product.run("generate-sample", "--out", generated.toString());
        assertEquals(0, sampleRun.exitCode(), sampleRun.err());
        assertTrue(Files.isRegularFile(generated.resolve("organisation.qinglian")));

        if (WorkbenchWindow.displayAvailable()) {
            WorkbenchWindow.startAndClose(product, sample, "L区",
                    set.size() > 1 ? "without-all-modules" : "without-" + set.get(0).substring("cn.qinglian.".length()));
        }
        assertEquals(files.size(), read(files).size());
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).getFileName().toString().endsWith(".qinglian")
                    && !files.get(i).getFileName().toString().equals("organisation.qinglian")) {
                assertTrue(java.util.Arrays.equals(before.get(i), read(List.of(files.get(i))).get(0)),
                        files.get(i) + " of a removed module was changed");
            }
        }
    }

    private static List<byte[]> read(List<Path> files) throws java.io.IOException {
        List<byte[]> contents = new java.util.ArrayList<>();
        for (Path file : files) {
            contents.add(Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0]);
        }
        return contents;
    }
}
