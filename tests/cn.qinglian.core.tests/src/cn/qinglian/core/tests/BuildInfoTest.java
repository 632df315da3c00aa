package cn.qinglian.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import cn.qinglian.core.build.BuildInfo;

class BuildInfoTest {

    @Test
    void qualifierIsTheBuildId() {
        BuildInfo info = BuildInfo.fromBundleVersion("0.1.0.202611282330");
        assertEquals("0.1.0", info.version());
        assertEquals("202611282330", info.buildId());
    }

    @Test
    void versionWithoutQualifierHasNoBuildId() {
        assertEquals(new BuildInfo("1.2.0", "-"), BuildInfo.fromBundleVersion("1.2"));
    }

    @Test
    void garbageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BuildInfo.fromBundleVersion("abc"));
        assertThrows(IllegalArgumentException.class, () -> BuildInfo.fromBundleVersion(" "));
    }
}
