package cn.qinglian.dropins;

import java.nio.file.Path;

/**
 * A bundle jar found in a drop-in folder.
 *
 * @param file the jar, absolute
 * @param symbolicName its {@code Bundle-SymbolicName} without attributes
 * @param version its {@code Bundle-Version} ("0.0.0" when absent)
 * @param fingerprint size and modification time: a changed jar has another fingerprint
 */
public record Dropin(Path file, String symbolicName, String version, String fingerprint) {

    /** The prefix of the OSGi bundle location of every bundle installed from a drop-in folder. */
    public static final String LOCATION_PREFIX = "qinglian-dropin:";

    /** The OSGi bundle location this jar is installed under. */
    public String location() {
        return locationOf(file);
    }

    /** The OSGi bundle location of a drop-in jar. */
    public static String locationOf(Path file) {
        return LOCATION_PREFIX + file.toAbsolutePath().normalize();
    }

    /** The jar a drop-in location points at, or {@code null} when it is no drop-in location. */
    public static Path fileOf(String location) {
        return location != null && location.startsWith(LOCATION_PREFIX)
                ? Path.of(location.substring(LOCATION_PREFIX.length()))
                : null;
    }

    @Override
    public String toString() {
        return file + " (" + symbolicName + " " + version + ")";
    }
}
