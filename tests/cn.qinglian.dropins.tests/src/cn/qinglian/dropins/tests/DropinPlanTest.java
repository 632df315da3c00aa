package cn.qinglian.dropins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.qinglian.dropins.Dropin;
import cn.qinglian.dropins.DropinPlan;

class DropinPlanTest {

    private static final Path FOLDER = Path.of("/opt/qinglian/dropins");

    private static Dropin dropin(String name, String fingerprint) {
        return new Dropin(FOLDER.resolve(name + ".jar"), name, "1.0.0", fingerprint);
    }

    @Test
    void newJarsAreInstalledChangedOnesUpdatedRemovedOnesUninstalled() {
        Dropin kept = dropin("org.example.kept", "10-1");
        Dropin changed = dropin("org.example.changed", "20-2");
        Dropin added = dropin("org.example.added", "30-3");
        String removed = Dropin.locationOf(FOLDER.resolve("org.example.removed.jar"));
        Map<String, String> installed = Map.of(kept.location(), "10-1", changed.location(), "20-1", removed, "5-5");

        DropinPlan plan = DropinPlan.of(installed, Set.of("cn.qinglian.core"), List.of(kept, changed, added));

        assertEquals(List.of(removed), plan.uninstall());
        assertEquals(List.of(changed), plan.update());
        assertEquals(List.of(added), plan.install());
        assertEquals(List.of(kept), plan.unchanged());
        assertTrue(plan.changesBundles());
    }

    @Test
    void nothingChangedChangesNothing() {
        Dropin kept = dropin("org.example.kept", "10-1");
        DropinPlan plan = DropinPlan.of(Map.of(kept.location(), "10-1"), Set.of(), List.of(kept));
        assertFalse(plan.changesBundles());
    }

    @Test
    void aBundleOfTheWorkbenchItselfIsNotInstalledAgain() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            Dropin core = dropin("cn.qinglian.core", "1-1");
            DropinPlan plan = DropinPlan.of(Map.of(), Set.of("cn.qinglian.core"), List.of(core));
            assertEquals(List.of(), plan.install());
            assertEquals("Drop-in " + core.file() + " holds the bundle cn.qinglian.core, which is part of the "
                    + "workbench itself; it is ignored.", plan.problems().get(0).message());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aLocationNamesItsJar() {
        Path jar = FOLDER.resolve("a b.jar");
        assertEquals(jar, Dropin.fileOf(Dropin.locationOf(jar)));
        assertEquals(null, Dropin.fileOf("reference:file:plugins/cn.qinglian.core.jar"));
    }
}
