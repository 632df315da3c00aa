package cn.qinglian.award.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.award.cli.AwardCertificateCommand;
import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;

/** {@code qinglian award-certificate} on the shipped L-district sample. */
class AwardCertificateCommandTest {

    @TempDir
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... arguments) throws Exception {
        PrintStream o = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        return new AwardCertificateCommand().run(List.of(arguments), new CommandContext() {
            @Override
            public PrintStream out() {
                return o;
            }

            @Override
            public PrintStream err() {
                return e;
            }

            @Override
            public Locale locale() {
                return Locale.SIMPLIFIED_CHINESE;
            }
        });
    }

    private static String sample() {
        return Path.of(System.getProperty("qinglian.root", "../..")).resolve(AwardSampleTest.FILE).getParent().toString();
    }

    @Test
    void writesTheCertificatesAndNoticesOfAPeriod() throws Exception {
        assertEquals(SubCommand.OK, run("--workspace", sample(), "--period", "2019-11", "--award", "每月之星",
                "--out", out.toString()), stderr.toString(StandardCharsets.UTF_8));
        List<String> written = stdout.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(9, written.size(), written.toString());
        assertEquals(3, written.stream().filter(line -> line.endsWith(".png")).count(), written.toString());
        assertEquals(3, written.stream().filter(line -> line.endsWith(".pdf")).count(), written.toString());
        for (String file : written) {
            assertTrue(Files.size(Path.of(file)) > 1000, file);
        }
        assertTrue(written.stream().anyMatch(line -> line.contains("荣誉证书-2019-11-")), written.toString());
    }

    @Test
    void aPeriodWithoutDecidedElectionIsBadInput() throws Exception {
        assertEquals(SubCommand.BAD_INPUT, run("--workspace", sample(), "--period", "2018-01", "--out", out.toString()));
        assertEquals("没有周期为 2018-01 的已决定评选符合条件", stderr.toString(StandardCharsets.UTF_8).strip());
    }
}
