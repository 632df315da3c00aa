package cn.qinglian.dropins;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where drop-in plug-ins are looked for: {@code dropins/} in the installation folder (for every user of
 * the machine) and {@code ~/.qinglian/dropins/} (for one user), in this order. The system property
 * {@code qinglian.dropins} replaces both by its folders (separated by the path separator).
 */
public final class DropinFolders {

    /** The system property that names other drop-in folders. */
    public static final String PROPERTY = "qinglian.dropins";

    private DropinFolders() {
    }

    /**
     * The folders to scan.
     *
     * @param installArea the value of {@code osgi.install.area} (a file URL), or {@code null}
     * @param userHome the value of {@code user.home}, or {@code null}
     * @param override the value of {@value #PROPERTY}, or {@code null}
     */
    public static List<Path> of(String installArea, String userHome, String override) {
        List<Path> folders = new ArrayList<>();
        if (override != null && !override.isBlank()) {
            for (String folder : override.split(File.pathSeparator)) {
                if (!folder.isBlank()) {
                    folders.add(Path.of(folder.strip()).toAbsolutePath().normalize());
                }
            }
            return folders;
        }
        Path install = installFolder(installArea);
        if (install != null) {
            folders.add(install.resolve("dropins"));
        }
        if (userHome != null && !userHome.isBlank()) {
            folders.add(Path.of(userHome, ".qinglian", "dropins").toAbsolutePath().normalize());
        }
        return folders;
    }

    static Path installFolder(String installArea) {
        if (installArea == null || !installArea.startsWith("file:")) {
            return null;
        }
        try {
            return Path.of(new URI(installArea.replace(" ", "%20"))).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(installArea.substring("file:".length())).toAbsolutePath().normalize();
        }
    }
}
