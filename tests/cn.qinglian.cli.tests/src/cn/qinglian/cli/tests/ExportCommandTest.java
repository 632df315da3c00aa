package cn.qinglian.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.internal.ExportCommand;
import cn.qinglian.core.export.ExporterRegistry;
import cn.qinglian.core.export.WorkspaceExporter;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;

/** {@code qinglian export}: exporters are found by id; an unknown one is bad input naming the installed ones. */
class ExportCommandTest {

    @TempDir
    Path folder;

    private final CapturingContext context = new CapturingContext();
    private Locale previous;

    @BeforeEach
    void english() {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(previous);
    }

    @Test
    void anUnknownExporterIsBadInputNamingTheInstalledOnes() throws Exception {
        ExportCommand command = new ExportCommand(
                new ExporterRegistry(Platform.getExtensionRegistry(), status -> { }));
        int code = command.run(List.of("--workspace", folder.toString(), "--as", "nothing.here", "--out",
                folder.resolve("x.xlsx").toString()), context);
        assertEquals(SubCommand.BAD_INPUT, code);
        assertTrue(context.errors().startsWith("no exporter \"nothing.here\" is installed; installed: "), context.errors());
    }

    @Test
    void theExporterWritesTheFileOfTheLoadedWorkspace() throws Exception {
        new XmiWorkspaceStore().create(folder.resolve("w"), "测试区");
        WorkspaceExporter names = new WorkspaceExporter() {
            @Override
            public String fileExtension() {
                return "txt";
            }

            @Override
            public String name(Locale locale) {
                return "organisation name";
            }

            @Override
            public String export(WorkspaceModel model, LocalDate asOf, Path file, Locale locale) throws IOException {
                Files.writeString(file, model.organisation().getName() + " " + asOf);
                return "written " + file.getFileName();
            }
        };
        assertEquals(List.of(), new ExporterRegistry(null, status -> { }).exporters(), "no registry, no exporters");

        ExportCommand command = new ExportCommand(
                ExporterRegistry.of(List.of(new ExporterRegistry.Contributed("test.names", names))));
        int code = command.run(List.of("--workspace", folder.resolve("w").toString(), "--as", "test.names", "--out",
                folder.resolve("n.txt").toString(), "--as-of", "2019-12-31"), context);

        assertEquals(SubCommand.OK, code, context.errors());
        assertEquals("测试区 2019-12-31", Files.readString(folder.resolve("n.txt")));
        assertEquals("written n.txt", context.printed().strip());
    }
}
