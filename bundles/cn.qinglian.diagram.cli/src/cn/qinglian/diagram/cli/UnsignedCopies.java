package cn.qinglian.diagram.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies of the signed jars of the class path without their signature files, for the next start.
 * <p>
 * On a plain class path the JVM checks every signed jar (the Eclipse ones: EMF, ELK) when it opens it,
 * and class-data sharing leaves classes of signed jars out of its archive: together about 0.3 s of
 * processor time per start. The launch script puts the copy in place of a jar when one exists in the
 * folder named by the system property {@value #FOLDER_PROPERTY} (the installation's
 * {@code configuration/direct-classpath}). The copies are made after a run, once; a folder that
 * cannot be written is left alone. A jar found unsigned leaves an empty {@code <jar>.unsigned} marker so
 * it is not opened again. OSGi and the workbench always use the original jars.
 */
final class UnsignedCopies {

    static final String FOLDER_PROPERTY = "qinglian.direct.classpath";

    private UnsignedCopies() {
    }

    /** Writes the missing copies for the jars of {@code classPath} into {@code folder}; never fails. */
    static void refresh(String classPath, Path folder) {
        try {
            Files.createDirectories(folder);
            for (String entry : classPath.split(java.io.File.pathSeparator)) {
                Path jar = Path.of(entry);
                if (!entry.endsWith(".jar") || jar.startsWith(folder)) {
                    continue;
                }
                Path copy = folder.resolve(jar.getFileName());
                Path plain = folder.resolve(jar.getFileName() + ".unsigned");
                if (Files.exists(copy) || Files.exists(plain)) {
                    continue;
                }
                if (isSigned(jar)) {
                    copyWithoutSignature(jar, copy);
                } else {
                    Files.createFile(plain);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a read-only installation: starts stay as they are
        }
    }

    private static boolean isSigned(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                if (isSignatureFile(entries.nextElement().getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', 9) < 0 && (upper.endsWith(".SF")
                || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
    }

    private static void copyWithoutSignature(Path jar, Path copy) throws IOException {
        Path temporary = copy.resolveSibling(copy.getFileName() + ".tmp" + ProcessHandle.current().pid());
        try (ZipFile zip = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temporary))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (isSignatureFile(entry.getName())) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, copy, StandardCopyOption.ATOMIC_MOVE);
    }
}
