package cn.qinglian.diagram.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unsigned class-path copies the direct start of export-diagram leaves for the next start. */
class UnsignedCopiesTest {

    @TempDir
    Path folder;

    @Test
    void signedJarsAreCopiedWithoutTheirSignatureAndUnsignedOnesOnlyMarked() throws IOException {
        Path plugins = Files.createDirectories(folder.resolve("plugins"));
        Path signed = jar(plugins.resolve("org.eclipse.emf.ecore_2.43.0.jar"), "META-INF/MANIFEST.MF",
                "META-INF/ECLIPSE_.SF", "META-INF/ECLIPSE_.RSA", "org/eclipse/emf/ecore/EObject.class");
        Path plain = jar(plugins.resolve("cn.qinglian.core_0.1.0.jar"), "META-INF/MANIFEST.MF",
                "cn/qinglian/core/Core.class");
        Path copies = folder.resolve("configuration/direct-classpath");
        UnsignedCopies.refresh(signed + java.io.File.pathSeparator + plain, copies);
        Path copy = copies.resolve(signed.getFileName());
        assertEquals(List.of("META-INF/MANIFEST.MF", "org/eclipse/emf/ecore/EObject.class"), names(copy));
        assertFalse(Files.exists(copies.resolve(plain.getFileName())), "an unsigned jar is used as it is");
        assertTrue(Files.exists(copies.resolve(plain.getFileName() + ".unsigned")));
        long made = Files.getLastModifiedTime(copy).toMillis();
        UnsignedCopies.refresh(signed + java.io.File.pathSeparator + plain, copies);
        assertEquals(made, Files.getLastModifiedTime(copy).toMillis(), "made once");
    }

    @Test
    void anUnwritableFolderIsLeftAlone() throws IOException {
        Path signed = jar(folder.resolve("a_1.jar"), "META-INF/A.SF", "a/A.class");
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        UnsignedCopies.refresh(signed.toString(), file.resolve("copies"));
        assertEquals("x", Files.readString(file));
    }

    @Test
    void onlyTopLevelSignatureFilesCount() {
        assertTrue(UnsignedCopies.isSignatureFile("META-INF/ECLIPSE_.SF"));
        assertTrue(UnsignedCopies.isSignatureFile("meta-inf/x.rsa"));
        assertFalse(UnsignedCopies.isSignatureFile("META-INF/MANIFEST.MF"));
        assertFalse(UnsignedCopies.isSignatureFile("META-INF/maven/x/pom.SF"));
        assertFalse(UnsignedCopies.isSignatureFile("org/x/Y.SF"));
    }

    private static Path jar(Path file, String... entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
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
