package cn.qinglian.example.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.UsageException;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.example.StationHeadsCommand;

class StationHeadsCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Locale locale, String... arguments) throws UsageException {
        CommandContext context = new CommandContext() {
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
                return locale;
            }
        };
        return new StationHeadsCommand().run(List.of(arguments), context);
    }

    private Path workspace() throws Exception {
        XmiWorkspaceStore store = new XmiWorkspaceStore();
        Path workspace = folder.resolve("w");
        WorkspaceModel model = store.create(workspace, "L区");
        District district = new District(model.organisation());
        district.station("城东所", "周所长", LocalDate.of(2019, 3, 1));
        district.station("城西所", "吴所长", LocalDate.of(2024, 1, 15));
        district.station("城南所", null, null);
        store.save(model);
        return workspace;
    }

    @Test
    void everyStationWithItsHeadStartAndYearsInPathOrder() throws Exception {
        Path workspace = workspace();
        assertEquals(SubCommand.OK, run(Locale.SIMPLIFIED_CHINESE, "--workspace", workspace.toString(), "--as-of", "2026-06-30"));
        assertEquals(List.of("L区/东街道/城东所\t周所长\t2019-03-01\t7", "L区/东街道/城南所\t（空缺）\t\t",
                "L区/东街道/城西所\t吴所长\t2024-01-15\t2"), lines());
        assertEquals("共 3 行，1 个站所无负责人，截至 2026-06-30", err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void minYearsKeepsOnlyTheLongServingHeads() throws Exception {
        Path workspace = workspace();
        assertEquals(SubCommand.OK, run(Locale.ENGLISH, "--workspace", workspace.toString(), "--as-of", "2026-06-30",
                "--min-years", "5"));
        assertEquals(List.of("L区/东街道/城东所\t周所长\t2019-03-01\t7"), lines());
        assertEquals("1 lines, 0 stations without a head, as of 2026-06-30", err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void aFolderThatIsNoWorkspaceExitsTwo() throws Exception {
        assertEquals(SubCommand.BAD_INPUT, run(Locale.SIMPLIFIED_CHINESE, "--workspace", folder.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(folder.toString()), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badYearsAndDatesAreUsageErrorsNamingTheValue() {
        UsageException years = assertThrows(UsageException.class,
                () -> run(Locale.SIMPLIFIED_CHINESE, "--workspace", "w", "--min-years", "五"));
        assertEquals("“五”不是有效的年数（0 或以上）", years.getMessage());
        UsageException date = assertThrows(UsageException.class,
                () -> run(Locale.ENGLISH, "--workspace", "w", "--as-of", "2026-02-30"));
        assertEquals("\"2026-02-30\" is not a date (yyyy-MM-dd)", date.getMessage());
    }

    @Test
    void theSubCommandIsContributedWithItsUsage() {
        IConfigurationElement element = Arrays.stream(
                Platform.getExtensionRegistry().getConfigurationElementsFor("cn.qinglian.cli.subcommands"))
                .filter(e -> "station-heads".equals(e.getAttribute("name"))).findFirst().orElseThrow();
        assertEquals(StationHeadsCommand.class.getName(), element.getAttribute("class"));
        assertTrue(element.getAttribute("usage").startsWith("station-heads --workspace DIR"));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
