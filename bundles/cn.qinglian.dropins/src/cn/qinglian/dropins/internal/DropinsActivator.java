package cn.qinglian.dropins.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import cn.qinglian.dropins.DropinFolders;

/**
 * Brings the bundles installed from the drop-in folders in line with the folders' jars, once per start.
 * The product starts this bundle at start level 3, before the extension registry and the application,
 * so the application sees every drop-in's contributions and none of a removed one.
 */
public class DropinsActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        var folders = DropinFolders.of(context.getProperty("osgi.install.area"), context.getProperty("user.home"),
                context.getProperty(DropinFolders.PROPERTY));
        new DropinInstaller(context, new DropinLog(context)).reconcile(folders);
    }

    @Override
    public void stop(BundleContext context) {
        // nothing runs after the start
    }
}
