package cn.qinglian.dropins.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes small jars for the tests. */
final class Jars {

    private Jars() {
    }

    /** A bundle jar {@code symbolicName} (with {@code ;singleton:=true}) version {@code version}. */
    static Path bundle(Path file, String symbolicName, String version) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName + ";singleton:=true");
        main.putValue("Bundle-Version", version);
        return jar(file, manifest);
    }

    /** A jar with a manifest that names no bundle. */
    static Path plainJar(Path file) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        return jar(file, manifest);
    }

    private static Path jar(Path file, Manifest manifest) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.closeEntry();
        }
        return file;
    }
}
