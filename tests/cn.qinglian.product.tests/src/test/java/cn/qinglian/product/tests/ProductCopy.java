package cn.qinglian.product.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A private copy of the materialized Linux product as a user unpacks it (no state from earlier starts),
 * with a home folder of its own (the workbench state in {@code ~/.qinglian/workbench}, the user's
 * drop-in folder {@code ~/.qinglian/dropins}), started through its launch script.
 */
final class ProductCopy {

    static final Path INSTALL = Path.of(System.getProperty("qinglian.products"),
            "cn.qinglian.product/linux/gtk/x86_64/qinglian");

    record Run(int exitCode, String out, String err) {
    }

    final Path root;
    final Path home;

    private ProductCopy(Path root, Path home) {
        this.root = root;
        this.home = home;
    }

    /** Copies the product into {@code folder}/qinglian; the home folder is {@code folder}/home. */
    static ProductCopy unpack(Path folder) throws IOException {
        Path root = folder.resolve("qinglian");
        copyTree(INSTALL, root);
        Path configuration = root.resolve("configuration");
        try (Stream<Path> files = Files.list(configuration)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals("config.ini")) {
                    deleteTree(file);
                }
            }
        }
        Path home = Files.createDirectories(folder.resolve("home"));
        return new ProductCopy(root, home);
    }

    /** The bundled sample workspace of this copy. */
    Path sample() {
        return root.resolve("samples/l-district");
    }

    Path dropins() {
        return root.resolve("dropins");
    }

    Path userDropins() {
        return home.resolve(".qinglian/dropins");
    }

    /** Runs {@code qinglian ARGUMENTS} and waits for it (2 minutes at most). */
    Run run(String... arguments) throws IOException, InterruptedException {
        return run(java.util.Map.of(), arguments);
    }

    /** Runs {@code qinglian ARGUMENTS} with {@code environment} added, and waits for it (2 minutes at most). */
    Run run(java.util.Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        Path out = Files.createTempFile("qinglian-out", ".txt");
        Path err = Files.createTempFile("qinglian-err", ".txt");
        Process process = start(List.of(arguments), out, err, environment);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("qinglian " + String.join(" ", arguments) + " did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Starts {@code qinglian ARGUMENTS} without waiting, standard output and error into the files. */
    Process start(List<String> arguments, Path out, Path err) throws IOException {
        return start(arguments, out, err, java.util.Map.of());
    }

    private Process start(List<String> arguments, Path out, Path err, java.util.Map<String, String> environment)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("qinglian").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("QINGLIAN_VMARGS", "-Xmx1g -Duser.home=" + home);
        builder.environment().putAll(environment);
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        return builder.start();
    }

    /**
     * Removes every bundle whose name starts with one of {@code prefixes}, and every bundle of ours that
     * requires a removed one (a bridge such as cn.qinglian.award.inspection needs both modules): its jar or
     * folder in {@code plugins/} and its entry in {@code osgi.bundles} of {@code configuration/config.ini},
     * as an administrator removes a module from an installation. Returns the removed bundle files.
     */
    List<String> removeBundles(List<String> prefixes) throws IOException {
        List<String> removed = new ArrayList<>();
        List<String> removedNames = new ArrayList<>();
        boolean more = true;
        while (more) { // the module's bundles, then those requiring a removed bundle (bridges between modules)
            more = false;
            try (Stream<Path> plugins = Files.list(root.resolve("plugins"))) {
                for (Path plugin : plugins.sorted().toList()) {
                    String name = plugin.getFileName().toString();
                    if (matches(name, prefixes) || requiresAny(plugin, removedNames)) {
                        deleteTree(plugin);
                        removed.add(name);
                        removedNames.add(name.substring(0, name.indexOf('_')));
                        more = true;
                    }
                }
            }
        }
        List<String> removedPrefixes = removedNames;
        Path config = root.resolve("configuration/config.ini");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(config, StandardCharsets.ISO_8859_1)) {
            if (line.startsWith("osgi.bundles=")) {
                String kept = Arrays.stream(line.substring("osgi.bundles=".length()).split(","))
                        .filter(entry -> !isRemoved(entry.replace("reference\\:file\\:", ""), removedPrefixes))
                        .collect(Collectors.joining(","));
                line = "osgi.bundles=" + kept;
            }
            lines.add(line);
        }
        Files.write(config, lines, StandardCharsets.ISO_8859_1);
        return removed;
    }

    /** Whether the osgi.bundles entry ("cn.qinglian.x_0.1.0.v.jar@4") is one of the removed bundles. */
    private static boolean isRemoved(String entry, List<String> removedNames) {
        return removedNames.stream().anyMatch(name -> entry.startsWith(name + "_"));
    }

    /** Whether the jar {@code plugin} of ours has a Require-Bundle on one of {@code names}. */
    private static boolean requiresAny(Path plugin, List<String> names) throws IOException {
        if (names.isEmpty() || !plugin.getFileName().toString().startsWith("cn.qinglian.") || !Files.isRegularFile(plugin)) {
            return false;
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(plugin.toFile())) {
            String required = jar.getManifest() == null ? null
                    : jar.getManifest().getMainAttributes().getValue("Require-Bundle");
            if (required == null) {
                return false;
            }
            return Arrays.stream(required.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"))
                    .map(clause -> clause.split(";", 2)[0].strip())
                    .anyMatch(names::contains);
        }
    }

    /** Whether a bundle of {@code prefix} is part of this copy. */
    boolean hasBundles(String prefix) throws IOException {
        try (Stream<Path> plugins = Files.list(root.resolve("plugins"))) {
            return plugins.anyMatch(plugin -> matches(plugin.getFileName().toString(), List.of(prefix)));
        }
    }

    /** "cn.qinglian.award_0.1.0.x.jar" and "cn.qinglian.award.ui_…" match the prefix "cn.qinglian.award". */
    private static boolean matches(String bundleFile, List<String> prefixes) {
        return prefixes.stream().anyMatch(prefix -> bundleFile.startsWith(prefix + "_") || bundleFile.startsWith(prefix + "."));
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
