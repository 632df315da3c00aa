package cn.qinglian.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The materialized Linux product, started through its launch script exactly as a user does. */
@EnabledOnOs(OS.LINUX)
class LinuxProductLaunchTest {

    private static final Path INSTALL = Path.of(System.getProperty("qinglian.products"),
            "cn.qinglian.product/linux/gtk/x86_64/qinglian");

    record Run(int exitCode, String out, String err) {
    }

    private static Run qinglian(String... arguments) throws IOException, InterruptedException {
        return qinglian(java.util.Map.of(), arguments);
    }

    private static Run qinglian(java.util.Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(INSTALL.resolve("qinglian").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("qinglian-out", ".txt");
        Path err = Files.createTempFile("qinglian-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("qinglian " + String.join(" ", arguments) + " did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommandsInChineseByDefault() throws Exception {
        Run run = qinglian("--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("用法：qinglian"), run.out());
        assertTrue(run.out().contains("version"), run.out());
    }

    @Test
    void englishOnRequest() throws Exception {
        Run run = qinglian("-nl", "en", "version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("Qinglian Workbench 0\\.1\\.0 \\(build \\d{12}\\)\\R"), run.out());
    }

    @Test
    void unknownCommandExitsTwoNamingIt() throws Exception {
        Run run = qinglian("frobnicate");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("frobnicate"), run.err());
    }

    @Test
    void workspaceCreatedByTheCommandLineIsReadBack(@TempDir Path folder) throws Exception {
        Path workspace = folder.resolve("新区");
        Run created = qinglian("create-workspace", workspace.toString(), "--name", "新区");
        assertEquals(0, created.exitCode(), created.err());
        Run info = qinglian("workspace-info", "--workspace", workspace.toString());
        assertEquals(0, info.exitCode(), info.err());
        assertTrue(info.out().contains("名称：新区"), info.out());
    }

    @Test
    void diagramsAreExportedWithAndWithoutOsgi(@TempDir Path folder) throws Exception {
        String sample = INSTALL.resolve("samples/l-district").toString();
        for (var environment : List.of(java.util.Map.<String, String>of(), java.util.Map.of("QINGLIAN_OSGI", "1"))) {
            Path svg = folder.resolve("station" + environment.size() + ".svg");
            Run run = qinglian(environment, "export-diagram", "--workspace", sample, "--scope",
                    "unit:L区/和埠街道/和埠派出所", "--format", "svg", "--out", svg.toString());
            assertEquals(0, run.exitCode(), environment + " " + run.err());
            assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains("和埠派出所"), environment.toString());
            Run bad = qinglian(environment, "export-diagram", "--workspace", sample, "--scope", "chain:NO-SUCH-ID",
                    "--format", "svg", "--out", svg.toString());
            assertEquals(2, bad.exitCode(), environment + " " + bad.err());
            assertTrue(bad.err().contains("NO-SUCH-ID"), bad.err());
        }
    }
}
