package cn.qinglian.dropins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.dropins.Dropin;
import cn.qinglian.dropins.DropinFolders;
import cn.qinglian.dropins.DropinScanner;

class DropinScannerTest {

    @TempDir
    Path folder;

    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void jarsDirectlyInPluginsAndInAnUnpackedSiteAreFoundOtherFilesIgnored() throws Exception {
        Path dropins = folder.resolve("dropins");
        Jars.bundle(dropins.resolve("a.jar"), "org.example.a", "1.0.0");
        Jars.bundle(dropins.resolve("plugins/b_1.0.0.jar"), "org.example.b", "1.0.0");
        Jars.bundle(dropins.resolve("site/plugins/c_2.0.0.jar"), "org.example.c", "2.0.0");
        Jars.bundle(dropins.resolve("deep/er/d.jar"), "org.example.d", "1.0.0");
        Files.writeString(dropins.resolve("README.txt"), "read me", StandardCharsets.UTF_8);

        DropinScanner.Scan scan = DropinScanner.scan(List.of(dropins));

        assertEquals(List.of("org.example.a", "org.example.b", "org.example.c"),
                scan.dropins().stream().map(Dropin::symbolicName).toList());
        assertEquals("2.0.0", scan.dropins().get(2).version());
        assertEquals(List.of(), scan.problems());
    }

    @Test
    void aFileThatIsNoJarAndAJarThatIsNoBundleAreProblemsNamingTheFile() throws Exception {
        Path dropins = folder.resolve("dropins");
        Files.createDirectories(dropins);
        Path text = Files.writeString(dropins.resolve("notes.jar"), "not a zip", StandardCharsets.UTF_8);
        Path plain = Jars.plainJar(dropins.resolve("plain.jar"));
        Jars.bundle(dropins.resolve("z.jar"), "org.example.z", "1.0.0");

        DropinScanner.Scan scan = DropinScanner.scan(List.of(dropins));

        assertEquals(List.of("org.example.z"), scan.dropins().stream().map(Dropin::symbolicName).toList());
        assertEquals(2, scan.problems().size(), scan.problems().toString());
        assertTrue(scan.problems().get(0).message().startsWith("Drop-in " + text + " is not a readable jar file"),
                scan.problems().get(0).message());
        assertEquals("Drop-in " + plain + " is not an OSGi bundle: its META-INF/MANIFEST.MF has no "
                + "Bundle-SymbolicName; it is ignored.", scan.problems().get(1).message());
    }

    @Test
    void theSameBundleTwiceKeepsTheFirstFolders() throws Exception {
        Path product = folder.resolve("product/dropins");
        Path user = folder.resolve("home/.qinglian/dropins");
        Path first = Jars.bundle(product.resolve("x.jar"), "org.example.x", "1.0.0");
        Path second = Jars.bundle(user.resolve("x2.jar"), "org.example.x", "1.1.0");

        DropinScanner.Scan scan = DropinScanner.scan(List.of(product, user));

        assertEquals(List.of(first), scan.dropins().stream().map(Dropin::file).toList());
        assertEquals("Drop-in " + second + " holds the bundle org.example.x, which " + first
                + " already brings; it is ignored.", scan.problems().get(0).message());
    }

    @Test
    void missingFoldersAreEmpty() {
        assertEquals(List.of(), DropinScanner.scan(List.of(folder.resolve("none"))).dropins());
    }

    @Test
    void foldersAreTheInstallationsAndTheUsersUnlessThePropertyNamesOthers() {
        assertEquals(List.of(Path.of("/opt/qinglian/dropins"), Path.of("/home/wang/.qinglian/dropins")),
                DropinFolders.of("file:/opt/qinglian/", "/home/wang", null));
        assertEquals(List.of(Path.of("/opt/清廉 工作台/dropins")),
                DropinFolders.of("file:/opt/清廉 工作台/", null, ""));
        assertEquals(List.of(Path.of("/a"), Path.of("/b")),
                DropinFolders.of("file:/opt/qinglian/", "/home/wang", "/a" + java.io.File.pathSeparator + "/b"));
    }
}
