package cn.qinglian.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.product.tests.ProductCopy.Run;

/**
 * The example plug-in of the update site installed into the assembled product through the drop-in
 * folders: its sub-command and validation rule appear, a bad jar is reported by name, removing the jar
 * uninstalls it, and the product without it works as before.
 */
@EnabledOnOs(OS.LINUX)
class DropinProductTest {

    private static final String AS_OF = "2026-11-01";
    private static final String RULE = "example.station-head-rotation";

    @TempDir
    Path folder;

    /** The example plug-in's main jar as the update site offers it. */
    static Path exampleJar() throws IOException {
        return exampleJars().stream().filter(p -> p.getFileName().toString().startsWith("cn.qinglian.example_"))
                .findFirst().orElseThrow(() -> new AssertionError("the update site holds no cn.qinglian.example"));
    }

    /** Every jar of the example plug-in on the update site (its module contributions are bundles of their own). */
    static List<Path> exampleJars() throws IOException {
        try (Stream<Path> plugins = Files.list(Path.of(System.getProperty("qinglian.repository"), "plugins"))) {
            return plugins.filter(p -> p.getFileName().toString().startsWith("cn.qinglian.example")).sorted().toList();
        }
    }

    /** A bundle jar that requires the bundle {@code required}. */
    private static Path needing(Path file, String required) throws IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        java.util.jar.Attributes main = manifest.getMainAttributes();
        main.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.example.needs");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Require-Bundle", required);
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(file), manifest)) {
            out.closeEntry();
        }
        return file;
    }

    @Test
    void withoutTheExampleTheProductWorksAndKnowsNothingOfIt() throws Exception {
        ProductCopy product = ProductCopy.unpack(folder);
        Run help = product.run("--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("validate --workspace DIR"), help.out());
        assertFalse(help.out().contains("station-heads"), help.out());
        assertEquals("", help.err());

        Run validate = product.run("validate", "--workspace", product.sample().toString(), "--as-of", AS_OF);
        assertNotEquals(2, validate.exitCode(), validate.err());
        assertFalse(validate.out().contains(RULE), validate.out());
        assertTrue(validate.err().contains("校验完成"), validate.err());

        Run unknown = product.run("station-heads", "--workspace", product.sample().toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("station-heads"), unknown.err());
    }

    @Test
    void theExampleInTheProductsDropinsAddsItsSubCommandAndRuleUntilItIsRemoved() throws Exception {
        ProductCopy product = ProductCopy.unpack(folder);
        Files.createDirectories(product.dropins());
        for (Path example : exampleJars()) {
            Files.copy(example, product.dropins().resolve(example.getFileName()));
        }
        Path jar = product.dropins().resolve(exampleJar().getFileName());
        Path bad = Files.writeString(product.dropins().resolve("broken.jar"), "not a jar", StandardCharsets.UTF_8);
        Path needsModule = needing(product.dropins().resolve("needs-module.jar"), "cn.qinglian.nosuchmodule");

        Run help = product.run("--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().lines().anyMatch(line -> line.startsWith("  station-heads --workspace DIR")
                && line.endsWith("列出各站所的负责人及其任职年限（示例插件）")), help.out());
        for (Path example : exampleJars()) {
            assertTrue(help.err().contains("已安装插件目录中的 " + product.dropins().resolve(example.getFileName())
                    + "：cn.qinglian.example"), help.err());
        }
        assertEquals(1, help.err().split("无法使用").length - 1, "only the jar needing a missing module is unusable: "
                + help.err());
        assertTrue(help.err().contains("插件目录中的 " + bad + " 不是可读的 jar 文件"), help.err());
        assertTrue(help.err().contains("插件目录中的 " + needsModule + "（org.example.needs 1.0.0）无法使用，未启用："
                + "缺少所需的插件 cn.qinglian.nosuchmodule"), help.err());

        Run heads = product.run("station-heads", "--workspace", product.sample().toString(), "--as-of", AS_OF,
                "--min-years", "5");
        assertEquals(0, heads.exitCode(), heads.err());
        List<String> due = heads.out().lines().toList();
        assertFalse(due.isEmpty(), "the sample has station heads five years in post: " + heads.err());
        assertTrue(due.stream().allMatch(line -> line.matches("L区/[^\t]+\t[^\t]+\t\\d{4}-\\d{2}-\\d{2}\t([5-9]|\\d\\d+)")), heads.out());
        assertFalse(heads.err().contains("已安装"), "installed once, not at every start: " + heads.err());

        Run validate = product.run("validate", "--workspace", product.sample().toString(), "--as-of", AS_OF);
        assertNotEquals(2, validate.exitCode(), validate.err());
        List<String> warnings = validate.out().lines().filter(line -> line.startsWith("WARNING\t" + RULE + "\t")).toList();
        assertEquals(due.size(), warnings.size(), validate.out());
        String first = due.get(0).split("\t")[0];
        assertTrue(warnings.stream().anyMatch(line -> line.startsWith("WARNING\t" + RULE + "\t" + first + "\t站所“" + first
                + "”的负责人")), warnings.toString());

        for (Path example : exampleJars()) {
            Files.delete(product.dropins().resolve(example.getFileName()));
        }
        Run after = product.run("--help");
        assertEquals(0, after.exitCode(), after.err());
        assertFalse(after.out().contains("station-heads"), after.out());
        assertTrue(after.err().contains("已卸载插件 cn.qinglian.example：" + jar + " 已被移除。"), after.err());
        Run validateAfter = product.run("validate", "--workspace", product.sample().toString(), "--as-of", AS_OF);
        assertFalse(validateAfter.out().contains(RULE), validateAfter.out());
    }

    @Test
    void theUsersDropinFolderWorksTooAndAChangedJarIsUpdated() throws Exception {
        ProductCopy product = ProductCopy.unpack(folder);
        Path jar = Files.copy(exampleJar(), Files.createDirectories(product.userDropins()).resolve("example.jar"));
        Run help = product.run("-nl", "en", "--help");
        assertTrue(help.out().contains("station-heads --workspace DIR"), help.out());
        assertTrue(help.err().contains("Drop-in " + jar + " installed: cn.qinglian.example"), help.err());

        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Run again = product.run("-nl", "en", "--help");
        assertTrue(again.out().contains("station-heads"), again.out());
        assertTrue(again.err().contains("Drop-in " + jar + " updated: cn.qinglian.example"), again.err());
    }

    @Test
    void theWorkbenchStartsWithTheExampleInstalled() throws Exception {
        WorkbenchWindow.assumeDisplay();
        ProductCopy product = ProductCopy.unpack(folder);
        Files.createDirectories(product.dropins());
        for (Path example : exampleJars()) {
            Files.copy(example, product.dropins().resolve(example.getFileName()));
        }
        WorkbenchWindow.startAndClose(product, product.sample(), "L区", "dropin-example-workbench");
    }

    @Test
    void theWorkbenchStartsWithoutTheExample() throws Exception {
        WorkbenchWindow.assumeDisplay();
        ProductCopy product = ProductCopy.unpack(folder);
        WorkbenchWindow.startAndClose(product, product.sample(), "L区", "product-without-plugins");
    }
}
