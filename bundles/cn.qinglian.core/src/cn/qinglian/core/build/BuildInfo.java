package cn.qinglian.core.build;

import java.util.Objects;

/**
 * Version and build id of the product, derived from an OSGi bundle version such as
 * {@code 0.1.0.202611282330}: the first three segments are the version users quote, the qualifier is
 * the build id (the build timestamp; {@code qualifier} when run from an unbuilt workspace).
 */
public record BuildInfo(String version, String buildId) {

    public BuildInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(buildId, "buildId");
    }

    /** Parses an OSGi version string; a version without qualifier gets the build id {@code "-"}. */
    public static BuildInfo fromBundleVersion(String bundleVersion) {
        if (bundleVersion == null || bundleVersion.isBlank()) {
            throw new IllegalArgumentException("empty bundle version");
        }
        String[] segments = bundleVersion.trim().split("\\.", 4);
        for (int i = 0; i < Math.min(3, segments.length); i++) {
            if (!segments[i].chars().allMatch(Character::isDigit) || segments[i].isEmpty()) {
                throw new IllegalArgumentException("not an OSGi version: " + bundleVersion);
            }
        }
        StringBuilder version = new StringBuilder(segments[0]);
        for (int i = 1; i < 3; i++) {
            version.append('.').append(i < segments.length ? segments[i] : "0");
        }
        String buildId = segments.length == 4 && !segments[3].isEmpty() ? segments[3] : "-";
        return new BuildInfo(version.toString(), buildId);
    }
}
