package cn.qinglian.diagram.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lean class-path copies the direct start of export-diagram leaves for the next start. */
class LeanCopiesTest {

    @TempDir
    Path folder;

    @Test
    void everyJarIsCopiedOnceWithoutSignatureFilesAndWithAPlainClassPathManifest() throws IOException {
        Path plugins = Files.createDirectories(folder.resolve("plugins"));
        Path signed = jar(plugins.resolve("org.eclipse.emf.ecore_2.43.0.jar"), manifest(true),
                "META-INF/ECLIPSE_.SF", "META-INF/ECLIPSE_.RSA", "org/eclipse/emf/ecore/EObject.class",
                "META-INF/services/x.Y");
        Path plain = jar(plugins.resolve("cn.qinglian.core_0.1.0.jar"), manifest(false), "cn/qinglian/core/Core.class");
        Path copies = folder.resolve("configuration/lean-jars");
        LeanCopies.refresh(signed + java.io.File.pathSeparator + plain, copies);

        Path copy = copies.resolve(signed.getFileName());
        assertEquals(List.of("META-INF/MANIFEST.MF", "org/eclipse/emf/ecore/EObject.class", "META-INF/services/x.Y"),
                names(copy));
        try (JarFile lean = new JarFile(copy.toFile())) {
            Manifest manifest = lean.getManifest();
            assertEquals(Map.of(), manifest.getEntries(), "no per-entry digests");
            Attributes main = manifest.getMainAttributes();
            assertEquals("true", main.getValue("Multi-Release"));
            assertEquals("Eclipse", main.getValue("Implementation-Vendor"));
            assertNull(main.getValue("Bundle-SymbolicName"));
            assertNull(main.getValue("Export-Package"));
            assertNull(main.getValue("Require-Bundle"));
            assertEquals("org/eclipse/emf/ecore/EObject.class",
                    new String(lean.getInputStream(lean.getEntry("org/eclipse/emf/ecore/EObject.class")).readAllBytes(),
                            StandardCharsets.UTF_8), "content copied");
        }
        assertEquals(List.of("META-INF/MANIFEST.MF", "cn/qinglian/core/Core.class"),
                names(copies.resolve(plain.getFileName())), "unsigned jars get a lean manifest too");

        long made = Files.getLastModifiedTime(copy).toMillis();
        LeanCopies.refresh(signed + java.io.File.pathSeparator + plain, copies);
        assertEquals(made, Files.getLastModifiedTime(copy).toMillis(), "made once");
        try (var left = Files.list(copies)) {
            assertEquals(2, left.count(), "no temporary files left");
        }
    }

    @Test
    void aDamagedJarGetsNoCopyAndTheOthersStillDo() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken_1.jar"), "not a jar");
        Path good = jar(folder.resolve("good_1.jar"), manifest(false), "g/G.class");
        Path copies = folder.resolve("copies");
        LeanCopies.refresh(broken + java.io.File.pathSeparator + good, copies);
        try (var left = Files.list(copies)) {
            assertEquals(List.of(copies.resolve("good_1.jar")), left.toList(), "nothing of the damaged jar");
        }
    }

    @Test
    void anUnwritableFolderIsLeftAlone() throws IOException {
        Path signed = jar(folder.resolve("a_1.jar"), null, "META-INF/A.SF", "a/A.class");
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        LeanCopies.refresh(signed.toString(), file.resolve("copies"));
        assertEquals("x", Files.readString(file));
    }

    @Test
    void onlyTopLevelSignatureFilesCount() {
        assertTrue(LeanCopies.isSignatureFile("META-INF/ECLIPSE_.SF"));
        assertTrue(LeanCopies.isSignatureFile("meta-inf/x.rsa"));
        assertFalse(LeanCopies.isSignatureFile("META-INF/MANIFEST.MF"));
        assertFalse(LeanCopies.isSignatureFile("META-INF/maven/x/pom.SF"));
        assertFalse(LeanCopies.isSignatureFile("org/x/Y.SF"));
    }

    /** An Eclipse-like manifest: OSGi headers, and with {@code signed} a digest section per entry. */
    private static String manifest(boolean signed) {
        String main = "Manifest-Version: 1.0\r\nBundle-ManifestVersion: 2\r\nBundle-SymbolicName: x; singleton:=true\r\n"
                + "Export-Package: x.y;version=\"1.0\",x.z\r\nRequire-Bundle: a.b\r\nMulti-Release: true\r\n"
                + "Implementation-Vendor: Eclipse\r\n\r\n";
        return signed ? main + "Name: org/eclipse/emf/ecore/EObject.class\r\nSHA-256-Digest: abc=\r\n\r\n" : main;
    }

    private static Path jar(Path file, String manifest, String... entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            if (manifest != null) {
                zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
                zip.write(manifest.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(entry.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static List<String> names(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().forEach(entry -> names.add(entry.getName()));
        }
        return names;
    }
}
