package cn.qinglian.inspection.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import cn.qinglian.inspection.InspectionPart;
import cn.qinglian.inspection.ui.ComplaintQueueView;
import cn.qinglian.inspection.ui.InspectionPerspective;
import cn.qinglian.inspection.ui.InspectionWorkflow;
import cn.qinglian.inspection.ui.LedgerView;
import cn.qinglian.inspection.ui.OverdueView;
import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.ComplaintStatus;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.model.RectificationState;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.QinglianApplication;

/**
 * The real workbench on the shipped L-district sample: in the 巡察 perspective a complaint from the queue
 * becomes a finding with a rectification, which is moved on to 已销号 step by step (each step one command,
 * undoable); the complainant stays hidden until a logged reveal; the result is saved into inspection.qinglian.
 */
class InspectionWalkTest {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);

    @Test
    void complaintBecomesAFindingWhoseRectificationIsClosed() throws Exception {
        Path installation = temporaryInstallation();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread driver = new Thread(() -> drive(installation, failure), "inspection-test-driver");
        driver.setDaemon(true);
        driver.start();
        Path layout = Path.of(Platform.getInstanceLocation().getURL().getPath(),
                ".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi");
        Files.deleteIfExists(layout);
        long logged = logSize();
        Object code = new QinglianApplication().run(List.of(), installation);
        driver.join(STARTUP_LIMIT.toMillis());
        if (failure.get() instanceof Exception e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        assertEquals(0, code);
        assertEquals("", errorsLoggedSince(logged), "errors in the platform log");
        String saved = Files.readString(installation.resolve("samples/l-district").resolve(InspectionPart.FILE_NAME),
                StandardCharsets.UTF_8);
        assertTrue(saved.contains("measure=\"清退宴请费用并作出书面检查\""), "the new rectification was saved");
        assertTrue(saved.contains("reason=\"整改完成，同意销号\""), "its closing was saved");
    }

    private static void walk(IWorkbench workbench) throws Exception {
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
        workbench.showPerspective(InspectionPerspective.ID, workbench.getActiveWorkbenchWindow());
        ComplaintQueueView queue = (ComplaintQueueView) page.showView(ComplaintQueueView.ID);
        LedgerView ledger = (LedgerView) page.showView(LedgerView.ID);
        assertNotNull(page.findView(OverdueView.ID), "the overdue view is part of the perspective");
        WorkspaceSession session = queue.getSite().getService(WorkspaceSession.class);
        InspectionRoot root = new InspectionWorkflow(session, java.time.Clock.systemDefaultZone()).root().orElseThrow();
        java.time.LocalDate sampleDay = java.time.LocalDate.of(2019, 12, 31);
        queue.setAsOf(sampleDay);
        ledger.setAsOf(sampleDay);
        ((OverdueView) page.findView(OverdueView.ID)).setAsOf(sampleDay);
        settle(workbench.getDisplay(), 300);

        // the queue: unhandled complaints, nearest deadline first, complainant hidden
        List<Complaint> shown = queue.shown();
        assertFalse(shown.isEmpty());
        assertTrue(shown.stream().noneMatch(c -> c.getHandledOn() != null));
        Complaint complaint = shown.get(0);
        assertEquals(complaint, queue.viewer().getTable().getItem(0).getData());
        assertEquals("（保密）", queue.viewer().getTable().getItem(0).getText(5));
        save(capture(workbench.getActiveWorkbenchWindow().getShell()), "inspection-1-queue");

        // an explicit reveal is logged and cannot be undone
        int reveals = root.getReveals().size();
        String identity = queue.reveal(complaint, "核实举报人身份以便回访");
        assertEquals(complaint.getComplainant() == null ? "" : complaint.getComplainant().getName(),
                identity.isEmpty() ? "" : identity.split("，")[0]);
        assertEquals(reveals + 1, root.getReveals().size());
        assertEquals(System.getProperty("user.name"), root.getReveals().get(reveals).getBy());
        assertFalse(session.commandStack().canUndo(), "a reveal cannot be undone");
        assertEquals("（保密）", queue.viewer().getTable().getItem(0).getText(5), "still hidden in the queue");

        // complaint -> finding with an open rectification, one command
        Rectification rectification = queue.findingWithRectification(complaint, "接受管理对象宴请", "清退宴请费用并作出书面检查");
        assertEquals(ComplaintStatus.INVESTIGATING, complaint.getStatus());
        assertEquals(RectificationState.OPEN, rectification.getState());
        assertEquals(complaint, rectification.getFinding().getComplaint());
        ledger.setFilter("清退宴请费用并作出书面检查", 0, 0);
        assertEquals(List.of(rectification), ledger.shown());
        assertEquals("待整改", ledger.viewer().getTree().getItem(0).getText(8));

        // open -> in progress -> submitted -> verified -> closed, each one command
        ledger.advance(rectification, RectificationState.IN_PROGRESS, "已制定整改方案");
        ledger.advance(rectification, RectificationState.SUBMITTED, "整改材料已报送");
        ledger.advance(rectification, RectificationState.VERIFIED, "现场核查整改到位");
        ledger.advance(rectification, RectificationState.CLOSED, "整改完成，同意销号");
        assertEquals(4, rectification.getTransitions().size());
        assertEquals(System.getProperty("user.name"), rectification.getTransitions().get(3).getBy());
        TreeItem row = ledger.viewer().getTree().getItem(0);
        assertEquals("已销号", row.getText(8));
        session.commandStack().undo();
        assertEquals("已验收", ledger.viewer().getTree().getItem(0).getText(8), "undo went back one step");
        session.commandStack().redo();
        assertEquals("已销号", ledger.viewer().getTree().getItem(0).getText(8));

        // 一案双查: a case on the finding proposes the responsible leaders of the target's post
        var opened = ledger.openCase(rectification).orElseThrow();
        assertTrue(root.getCases().contains(opened));
        assertEquals(complaint.getTargetPerson(), opened.getSubject());
        assertFalse(opened.getSecondInvestigations().isEmpty(), "responsible leaders proposed");
        assertEquals(cn.qinglian.inspection.model.LeaderResponsibility.HEAD_OF_UNIT,
                opened.getSecondInvestigations().get(0).getResponsibility());

        // the complaint is handled and leaves the queue
        queue.handle(complaint, "经查属实，已整改销号");
        assertFalse(queue.shown().contains(complaint));
        assertEquals(ComplaintStatus.HANDLED, complaint.getStatus());

        // liaison-station feedback becomes a complaint in one step and joins the queue
        cn.qinglian.inspection.ui.LiaisonStationView stations = (cn.qinglian.inspection.ui.LiaisonStationView) page
                .showView(cn.qinglian.inspection.ui.LiaisonStationView.ID);
        var feedback = stations.shown().stream().filter(f -> f.getComplaint() == null && f.getFinding() == null)
                .findFirst().orElseThrow();
        Complaint fromFeedback = stations.toComplaint(feedback);
        assertEquals(fromFeedback, feedback.getComplaint());
        assertEquals(cn.qinglian.inspection.model.ComplaintChannel.LIAISON_STATION, fromFeedback.getChannel());
        assertTrue(queue.shown().contains(fromFeedback), "the new complaint is in the queue");
        page.showView(OverdueView.ID);

        // grouping by state shows the group with its count
        ledger.setFilter("", 0, 2);
        assertTrue(ledger.viewer().getTree().getItemCount() >= 4, "one group per state");
        ledger.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(rectification), true);
        settle(workbench.getDisplay(), 300);
        save(capture(workbench.getActiveWorkbenchWindow().getShell()), "inspection-2-closed");
        session.save();
    }

    private static void drive(Path installation, AtomicReference<Throwable> failure) {
        try {
            long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
            while (!windowOpen()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no workbench window within " + STARTUP_LIMIT);
                }
                Thread.sleep(50);
            }
            IWorkbench workbench = PlatformUI.getWorkbench();
            workbench.getDisplay().syncExec(() -> {
                try {
                    workbench.getActivitySupport().getActivityManager().addActivityManagerListener(event -> {
                    });
                    settle(workbench.getDisplay(), 300);
                    walk(workbench);
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
        } catch (Throwable t) {
            failure.set(t);
        } finally {
            if (PlatformUI.isWorkbenchRunning()) {
                IWorkbench workbench = PlatformUI.getWorkbench();
                workbench.getDisplay().syncExec(workbench::close);
            }
        }
    }

    private static boolean windowOpen() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return false;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        AtomicReference<Boolean> open = new AtomicReference<>(false);
        workbench.getDisplay().syncExec(() -> open.set(workbench.getActiveWorkbenchWindow() != null
                && workbench.getActiveWorkbenchWindow().getShell().isVisible()));
        return open.get();
    }

    private static Path temporaryInstallation() throws IOException {
        Path shipped = Path.of(System.getProperty("qinglian.root"),
                "features/cn.qinglian.workbench.feature/rootfiles/common/samples/l-district");
        Path installation = Files.createTempDirectory("qinglian-inspection-install");
        Path sample = installation.resolve("samples/l-district");
        Files.createDirectories(sample);
        try (Stream<Path> files = Files.list(shipped)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    Files.copy(file, sample.resolve(file.getFileName()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return installation;
    }

    private static Path log() {
        return Path.of(Platform.getInstanceLocation().getURL().getPath(), ".metadata", ".log");
    }

    private static long logSize() throws IOException {
        return Files.exists(log()) ? Files.size(log()) : 0;
    }

    private static String errorsLoggedSince(long offset) throws IOException {
        if (!Files.exists(log())) {
            return "";
        }
        byte[] all = Files.readAllBytes(log());
        String added = new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                StandardCharsets.UTF_8);
        StringBuilder errors = new StringBuilder();
        for (String entry : added.split("(?=!ENTRY )")) {
            if (entry.matches("(?s)!ENTRY \\S+ 4 .*")) {
                errors.append(entry);
            }
        }
        return errors.toString();
    }

    static void settle(Display display, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    static ImageData capture(Shell shell) {
        shell.forceActive();
        settle(shell.getDisplay(), 500);
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    static Path save(ImageData data, String name) throws IOException {
        Path folder = Path.of(System.getProperty("qinglian.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }
}
