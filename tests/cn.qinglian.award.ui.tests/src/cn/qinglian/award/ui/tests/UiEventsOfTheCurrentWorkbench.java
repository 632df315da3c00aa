package cn.qinglian.award.ui.tests;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.suppliers.ExtendedObjectSupplier;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Lets every workbench a test process starts receive its UI events. The platform's supplier of
 * {@code @UIEventTopic} is one OSGi service per process, injected once with the first workbench's
 * {@link UISynchronize}: later workbenches' UI events (tab labels, the minimise/maximise buttons) would go
 * to the first, disposed display and be lost. Before each run it gets a synchroniser that uses whichever
 * display is current. A product process runs one workbench and never needs this.
 */
final class UiEventsOfTheCurrentWorkbench {

    private static final String FILTER = "(dependency.injection.annotation=org.eclipse.e4.ui.di.UIEventTopic)";

    private UiEventsOfTheCurrentWorkbench() {
    }

    static void connect() throws Exception {
        BundleContext bundles = FrameworkUtil.getBundle(PlatformUI.class).getBundleContext();
        for (ServiceReference<ExtendedObjectSupplier> reference : bundles
                .getServiceReferences(ExtendedObjectSupplier.class, FILTER)) {
            ExtendedObjectSupplier supplier = bundles.getService(reference);
            IEclipseContext context = EclipseContextFactory.create("ui events of the current workbench");
            context.set(UISynchronize.class, new CurrentDisplay());
            ContextInjectionFactory.inject(supplier, context);
            context.dispose();
            bundles.ungetService(reference);
        }
    }

    private static final class CurrentDisplay extends UISynchronize {

        private static Display display() {
            Display current = Display.getCurrent();
            return current != null ? current : Display.getDefault();
        }

        @Override
        public void syncExec(Runnable runnable) {
            display().syncExec(runnable);
        }

        @Override
        public void asyncExec(Runnable runnable) {
            display().asyncExec(runnable);
        }

        @Override
        protected boolean isUIThread(Thread thread) {
            return display().getThread() == thread;
        }

        @Override
        protected void showBusyWhile(Runnable runnable) {
            BusyIndicator.showWhile(display(), runnable);
        }

        @Override
        protected boolean dispatchEvents() {
            return display().readAndDispatch();
        }
    }
}
