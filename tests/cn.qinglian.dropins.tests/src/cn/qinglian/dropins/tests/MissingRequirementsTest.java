package cn.qinglian.dropins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import cn.qinglian.dropins.internal.MissingRequirements;

class MissingRequirementsTest {

    @Test
    void aMissingBundleOrPackageIsNamedWithoutTheFilterSyntax() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            assertEquals("插件 cn.qinglian.award", MissingRequirements.shown("osgi.wiring.bundle",
                    "(&(osgi.wiring.bundle=cn.qinglian.award)(&(bundle-version>=0.1.0)(!(bundle-version>=1.0.0))))"));
            assertEquals("包 org.example.api", MissingRequirements.shown("osgi.wiring.package",
                    "(&(osgi.wiring.package=org.example.api)(version>=1.0.0))"));
            assertEquals("osgi.ee (&(osgi.ee=JavaSE)(version=99))",
                    MissingRequirements.shown("osgi.ee", "(&(osgi.ee=JavaSE)(version=99))"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
