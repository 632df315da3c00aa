package cn.qinglian.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;

import cn.qinglian.model.Named;
import cn.qinglian.model.Organisation;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.explorer.ExplorerView;

/** Small helpers for scenarios running inside the workbench's UI thread. */
public final class Ui {

    private Ui() {
    }

    public static WorkspaceSession session(IWorkbench workbench) {
        return workbench.getService(WorkspaceSession.class);
    }

    public static IWorkbenchPage page(IWorkbench workbench) {
        return workbench.getActiveWorkbenchWindow().getActivePage();
    }

    public static ExplorerView explorer(IWorkbench workbench) {
        return (ExplorerView) page(workbench).findView(ExplorerView.ID);
    }

    /** Runs a workbench command (Save, Undo, Redo …) as its key binding or menu item would. */
    public static void execute(IWorkbench workbench, String commandId) throws Exception {
        workbench.getActiveWorkbenchWindow().getService(IHandlerService.class).executeCommand(commandId, null);
        settle(workbench);
    }

    public static void settle(IWorkbench workbench) {
        Screenshots.settle(workbench.getDisplay(), 200);
    }

    /** Lets the UI run until {@code condition} holds (at most 10 s; then the test's assertions tell). */
    public static void waitFor(Display display, BooleanSupplier condition) {
        long end = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            Screenshots.settle(display, 50);
        }
        Screenshots.settle(display, 100);
    }

    /** A copy of the shipped L-district sample in a new temporary folder, for a test that changes and saves it. */
    public static Path copyOfSample() throws IOException {
        Path copy = Files.createTempDirectory("qinglian-sample");
        try (Stream<Path> files = Files.list(RunningWorkbench.sampleWorkspace())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    public static String title(IWorkbench workbench) {
        return workbench.getActiveWorkbenchWindow().getShell().getText();
    }

    /** The text of the explorer row showing {@code element}, or null when it has no row. */
    public static String row(TreeViewer viewer, Object element) {
        Widget item = viewer.testFindItem(element);
        return item instanceof Item row ? row.getText() : null;
    }

    /** The first object of {@code type} in the organisation named {@code name}. */
    public static <T extends Named> T named(Organisation organisation, Class<T> type, String name) {
        for (Iterator<EObject> all = organisation.eAllContents(); all.hasNext();) {
            EObject object = all.next();
            if (type.isInstance(object) && name.equals(((Named) object).getName())) {
                return type.cast(object);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " named " + name);
    }
}
