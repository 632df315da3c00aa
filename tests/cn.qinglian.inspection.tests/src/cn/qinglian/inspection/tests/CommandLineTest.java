package cn.qinglian.inspection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.core.export.ExporterRegistry;
import cn.qinglian.core.export.WorkspaceExporter;
import cn.qinglian.core.persistence.FormatMigrations;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.sample.SampleGenerator;
import cn.qinglian.core.sample.SampleSettings;
import cn.qinglian.core.sample.SampleWorkspace;
import cn.qinglian.inspection.InspectionPart;
import cn.qinglian.inspection.cli.ExportLedgerCommand;
import cn.qinglian.inspection.cli.TourReportCommand;

/** The module's headless commands on a sample workspace, in Chinese. */
class CommandLineTest {

    @TempDir
    static Path temp;
    static Path workspace;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandContext context = new CommandContext() {
        private final PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        private final PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

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
            return Locale.CHINA;
        }
    };

    @BeforeAll
    static void sample() throws Exception {
        workspace = temp.resolve("l-district");
        new SampleWorkspace(new XmiWorkspaceStore(FormatMigrations.none(), List.of(new InspectionPart())))
                .create(workspace, new SampleGenerator().generate(SampleSettings.lDistrict()));
    }

    @Test
    void exportLedgerWritesTheWorkbook() throws Exception {
        Path file = temp.resolve("台账.xlsx");
        int code = new ExportLedgerCommand().run(List.of("--workspace", workspace.toString(), "--out", file.toString(),
                "--as-of", "2019-12-31"), context);
        assertEquals(SubCommand.OK, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.size(file) > 10_000);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("已写入 " + file), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theLedgerIsAnInstalledExporterWritingTheSameSheets() throws Exception {
        ExporterRegistry exporters = ExporterRegistry.installed();
        WorkspaceExporter ledger = exporters.exporter("inspection.ledger").orElseThrow();
        assertEquals("xlsx", ledger.fileExtension());
        assertEquals("整改台账", ledger.name(Locale.CHINA));
        Path file = temp.resolve("exported.xlsx");

        String said = ledger.export(new XmiWorkspaceStore(FormatMigrations.none(), List.of(new InspectionPart()))
                .load(workspace), java.time.LocalDate.of(2019, 12, 31), file, Locale.CHINA);

        assertTrue(said.startsWith("已写入 " + file), said);
        List<cn.qinglian.core.roster.SheetRow> rows = new cn.qinglian.core.roster.RosterReader().read(file).rows();
        assertTrue(rows.size() > 10, "a header and the sample's rectifications: " + rows.size());
    }

    @Test
    void tourReportNamesTheToursWhenTheOneAskedForIsMissing() throws Exception {
        int code = new TourReportCommand().run(List.of("--workspace", workspace.toString(), "--tour", "第九轮",
                "--out", temp.resolve("x.pdf").toString()), context);
        assertEquals(SubCommand.BAD_INPUT, code);
        assertEquals("没有名为“第九轮”的巡察；现有巡察：2018年第一轮巡察, 2019年第一轮巡察, 2019年第二轮巡察",
                err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void tourReportWritesAPdf() throws Exception {
        Path file = temp.resolve("report.pdf");
        int code = new TourReportCommand().run(List.of("--workspace", workspace.toString(), "--tour", "2019年第一轮巡察",
                "--out", file.toString(), "--as-of", "2019-12-31"), context);
        assertEquals(SubCommand.OK, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(new String(Files.readAllBytes(file), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
    }
}
