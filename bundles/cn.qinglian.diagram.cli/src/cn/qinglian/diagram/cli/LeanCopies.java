package cn.qinglian.diagram.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Lean copies of the class path's jars for the next start: without signature files and with a manifest
 * that keeps only what a plain class path reads.
 * <p>
 * A JVM that opens a jar of its class path scans the whole manifest (for {@code Class-Path} and
 * {@code Multi-Release}) and checks signed jars; the Eclipse jars carry a digest line per entry and
 * every bundle lists its packages, and class-data sharing leaves classes of signed jars out of its
 * archive. Together that is about 0.3 s of processor time per start with the signed originals and
 * still 10–15 ms of a 0.2 s start with signature-free copies that keep their manifests. The launch
 * script puts the copy in place of a jar when one exists in the folder named by the system property
 * {@value #FOLDER_PROPERTY} (the installation's {@code configuration/lean-jars}). The copies are made
 * after a run, once per jar file name (bundle versions are in the names); a folder that cannot be
 * written is left alone. OSGi and the workbench always use the original jars.
 */
final class LeanCopies {

    static final String FOLDER_PROPERTY = "qinglian.lean.jars";

    private LeanCopies() {
    }

    /** Writes the missing copies for the jars of {@code classPath} into {@code folder}; never fails. */
    static void refresh(String classPath, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException | RuntimeException e) {
            return; // a read-only installation: starts stay as they are
        }
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            Path copy = folder.resolve(jar.getFileName());
            if (!entry.endsWith(".jar") || jar.startsWith(folder) || Files.exists(copy)) {
                continue;
            }
            try {
                copy(jar, copy);
            } catch (IOException | RuntimeException e) {
                // this jar stays the original; the others are copied
            }
        }
    }

    static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', 9) < 0 && (upper.endsWith(".SF")
                || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
    }

    /**
     * The main attributes of {@code original} a plain class path can use: OSGi headers (bundle
     * identity, packages, requirements) and Eclipse's own headers are left out, and so are the
     * per-entry sections (the signature digests).
     */
    static Manifest lean(Manifest original) {
        Manifest lean = new Manifest();
        Attributes kept = lean.getMainAttributes();
        kept.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        original.getMainAttributes().forEach((name, value) -> {
            if (!isOsgiHeader(name.toString())) {
                kept.put(name, value);
            }
        });
        return lean;
    }

    private static boolean isOsgiHeader(String name) {
        String header = name.toLowerCase(Locale.ROOT);
        return header.startsWith("bundle-") || header.startsWith("eclipse-") || header.endsWith("-package")
                || header.startsWith("require-") || header.startsWith("provide-") || header.equals("fragment-host")
                || header.equals("service-component") || header.startsWith("bnd-") || header.equals("tool")
                || header.equals("include-resource") || header.equals("-buildpath");
    }

    private static void copy(Path jar, Path copy) throws IOException {
        Path temporary = copy.resolveSibling(copy.getFileName() + ".tmp" + ProcessHandle.current().pid());
        try (JarFile in = new JarFile(jar.toFile(), false);
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temporary))) {
            Manifest manifest = in.getManifest();
            if (manifest != null) {
                out.putNextEntry(new ZipEntry(JarFile.MANIFEST_NAME));
                lean(manifest).write(out);
                out.closeEntry();
            }
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (isSignatureFile(name) || name.equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(name));
                try (InputStream content = ((ZipFile) in).getInputStream(entry)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, copy, StandardCopyOption.ATOMIC_MOVE);
    }
}
