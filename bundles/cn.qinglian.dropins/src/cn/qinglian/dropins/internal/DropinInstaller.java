package cn.qinglian.dropins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

import cn.qinglian.dropins.Dropin;
import cn.qinglian.dropins.DropinMessages;
import cn.qinglian.dropins.DropinPlan;
import cn.qinglian.dropins.DropinScanner;

/**
 * Applies a {@link DropinPlan} to the running framework. Jars are installed by copy (the framework keeps
 * its own copy in the configuration area), so a jar deleted while the workbench runs does no harm; the
 * fingerprint of each installed jar is recorded in this bundle's data area to notice a changed jar at
 * the next start.
 */
final class DropinInstaller {

    /** The start level of the workbench's own bundles (osgi.bundles.defaultStartLevel). */
    private static final int START_LEVEL = 4;
    private static final String RECORD = "installed-dropins.properties";

    private final BundleContext context;
    private final DropinLog log;

    DropinInstaller(BundleContext context, DropinLog log) {
        this.context = context;
        this.log = log;
    }

    void reconcile(List<Path> folders) {
        DropinScanner.Scan scan = DropinScanner.scan(folders);
        scan.problems().forEach(problem -> log.warn(problem.message()));
        Properties recorded = readRecord();
        Map<String, Bundle> installed = new TreeMap<>();
        Set<String> product = new HashSet<>();
        for (Bundle bundle : context.getBundles()) {
            if (Dropin.fileOf(bundle.getLocation()) != null) {
                installed.put(bundle.getLocation(), bundle);
            } else if (bundle.getSymbolicName() != null) {
                product.add(bundle.getSymbolicName());
            }
        }
        Map<String, String> fingerprints = new TreeMap<>();
        installed.keySet().forEach(location -> fingerprints.put(location, recorded.getProperty(location)));
        DropinPlan plan = DropinPlan.of(fingerprints, product, scan.dropins());
        plan.problems().forEach(problem -> log.warn(problem.message()));
        List<Bundle> changed = new ArrayList<>();
        for (String location : plan.uninstall()) {
            uninstall(installed.remove(location), recorded, changed);
        }
        List<Bundle> active = new ArrayList<>();
        for (Dropin dropin : plan.update()) {
            update(dropin, installed.get(dropin.location()), recorded, changed);
            active.add(installed.get(dropin.location()));
        }
        for (Dropin dropin : plan.unchanged()) {
            active.add(installed.get(dropin.location()));
        }
        for (Dropin dropin : plan.install()) {
            Bundle bundle = install(dropin, recorded);
            if (bundle != null) {
                active.add(bundle);
            }
        }
        if (plan.changesBundles()) {
            refresh(changed);
            writeRecord(recorded);
        }
        activate(active);
    }

    private void uninstall(Bundle bundle, Properties recorded, List<Bundle> changed) {
        try {
            bundle.uninstall();
            recorded.remove(bundle.getLocation());
            changed.add(bundle);
            log.info(DropinMessages.format("uninstalled", bundle.getSymbolicName(), Dropin.fileOf(bundle.getLocation())));
        } catch (BundleException | IllegalStateException e) {
            log.warn(DropinMessages.format("uninstallFailed", bundle.getSymbolicName(), e.getMessage()));
        }
    }

    private void update(Dropin dropin, Bundle bundle, Properties recorded, List<Bundle> changed) {
        try (InputStream in = Files.newInputStream(dropin.file())) {
            bundle.update(in);
            recorded.setProperty(dropin.location(), dropin.fingerprint());
            changed.add(bundle);
            log.info(DropinMessages.format("updated", dropin.file(), dropin.symbolicName(), dropin.version()));
        } catch (BundleException | IOException | IllegalStateException e) {
            log.warn(DropinMessages.format("installFailed", dropin.file(), e.getMessage()));
        }
    }

    private Bundle install(Dropin dropin, Properties recorded) {
        try (InputStream in = Files.newInputStream(dropin.file())) {
            Bundle bundle = context.installBundle(dropin.location(), in);
            bundle.adapt(BundleStartLevel.class).setStartLevel(START_LEVEL);
            recorded.setProperty(dropin.location(), dropin.fingerprint());
            log.info(DropinMessages.format("installed", dropin.file(), dropin.symbolicName(), dropin.version()));
            return bundle;
        } catch (BundleException | IOException | IllegalStateException e) {
            log.warn(DropinMessages.format("installFailed", dropin.file(), e.getMessage()));
            return null;
        }
    }

    /** Drops the old revisions of removed and updated bundles before anything is wired to them. */
    private void refresh(List<Bundle> changed) {
        if (changed.isEmpty()) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        frameworkWiring().refreshBundles(changed, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                done.countDown();
            }
        });
        try {
            done.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Resolves the drop-in bundles and marks them to start with the workbench's bundles (lazily, as
     * their manifest asks); a bundle that cannot resolve is reported with its missing requirements.
     */
    private void activate(List<Bundle> bundles) {
        if (bundles.isEmpty()) {
            return;
        }
        frameworkWiring().resolveBundles(bundles);
        for (Bundle bundle : bundles) {
            Path file = Dropin.fileOf(bundle.getLocation());
            String version = String.valueOf(bundle.getVersion());
            boolean fragment = (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
            if (bundle.getState() == Bundle.INSTALLED) {
                log.warn(fragment
                        ? DropinMessages.format("fragmentUnattached", file, bundle.getSymbolicName(), version)
                        : DropinMessages.format("unusable", file, bundle.getSymbolicName(), version,
                                MissingRequirements.of(bundle, frameworkWiring())));
                continue;
            }
            if (!fragment) {
                try {
                    bundle.start(Bundle.START_ACTIVATION_POLICY);
                } catch (BundleException e) {
                    log.warn(DropinMessages.format("unusable", file, bundle.getSymbolicName(), version, e.getMessage()));
                }
            }
        }
    }

    private FrameworkWiring frameworkWiring() {
        return context.getBundle(0).adapt(FrameworkWiring.class);
    }

    private Properties readRecord() {
        Properties recorded = new Properties();
        Path file = recordFile();
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                recorded.load(in);
            } catch (IOException e) {
                // an unreadable record only means every drop-in is updated once
            }
        }
        return recorded;
    }

    private void writeRecord(Properties recorded) {
        Path file = recordFile();
        if (file == null) {
            return;
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            recorded.store(out, "fingerprints (size-modified) of the installed drop-in jars");
        } catch (IOException e) {
            log.warn(DropinMessages.format("installFailed", file, e.getMessage()));
        }
    }

    private Path recordFile() {
        var file = context.getDataFile(RECORD);
        return file == null ? null : file.toPath();
    }
}
