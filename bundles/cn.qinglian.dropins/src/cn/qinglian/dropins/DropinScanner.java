package cn.qinglian.dropins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Finds the bundle jars of drop-in folders. In each folder a jar counts when it lies directly in the
 * folder, in its {@code plugins/} folder, or in the {@code plugins/} folder of one of its sub-folders (an
 * unpacked update site). Other files are ignored; a jar that is no bundle becomes a {@link DropinProblem}.
 * When two jars carry the same bundle, the first one found wins (folders in the given order, names
 * sorted).
 */
public final class DropinScanner {

    /** What the folders hold. */
    public record Scan(List<Dropin> dropins, List<DropinProblem> problems) {
    }

    private DropinScanner() {
    }

    public static Scan scan(List<Path> folders) {
        Map<String, Dropin> bySymbolicName = new LinkedHashMap<>();
        List<DropinProblem> problems = new ArrayList<>();
        for (Path jar : jars(folders)) {
            try {
                Dropin dropin = read(jar);
                Dropin earlier = bySymbolicName.putIfAbsent(dropin.symbolicName(), dropin);
                if (earlier != null) {
                    problems.add(new DropinProblem(jar, DropinMessages.format("duplicate", jar,
                            dropin.symbolicName(), earlier.file())));
                }
            } catch (NotABundle e) {
                problems.add(new DropinProblem(jar, e.getMessage()));
            }
        }
        return new Scan(List.copyOf(bySymbolicName.values()), problems);
    }

    static List<Path> jars(List<Path> folders) {
        List<Path> jars = new ArrayList<>();
        for (Path folder : folders) {
            jars.addAll(jarsIn(folder));
            jars.addAll(jarsIn(folder.resolve("plugins")));
            for (Path sub : list(folder)) {
                if (Files.isDirectory(sub) && !sub.getFileName().toString().equals("plugins")) {
                    jars.addAll(jarsIn(sub.resolve("plugins")));
                }
            }
        }
        return jars;
    }

    private static List<Path> jarsIn(Path folder) {
        return list(folder).stream()
                .filter(file -> file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jar"))
                .filter(Files::isRegularFile)
                .toList();
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The bundle in {@code jar}. */
    static Dropin read(Path jar) throws NotABundle {
        Manifest manifest;
        String fingerprint;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
            fingerprint = Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            throw new NotABundle(DropinMessages.format("notAJar", jar, e.getMessage()));
        }
        Attributes main = manifest == null ? null : manifest.getMainAttributes();
        String symbolicName = main == null ? null : main.getValue("Bundle-SymbolicName");
        if (symbolicName == null || symbolicName.isBlank()) {
            throw new NotABundle(DropinMessages.format("notABundle", jar));
        }
        String version = main.getValue("Bundle-Version");
        return new Dropin(jar, symbolicName.split(";", 2)[0].strip(),
                version == null || version.isBlank() ? "0.0.0" : version.strip(), fingerprint);
    }

    /** A jar that cannot be installed as a bundle; the message says why. */
    static final class NotABundle extends Exception {

        private static final long serialVersionUID = 1L;

        NotABundle(String message) {
            super(message);
        }
    }
}
