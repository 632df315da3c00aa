package cn.qinglian.ui.internal.recovery;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.ResourceSet;

import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.WorkspaceSession;

/**
 * Keeps the recovery journal of the open workspace current: the first change after a quiet moment
 * schedules a background write {@value #DELAY_MILLIS} ms later, which takes every change made until
 * then; a change during the write makes it start over. Saving (or undoing back to the saved state)
 * removes the copy; so does a clean exit. A crash loses at most the last few seconds.
 */
public final class RecoveryScheduler implements WorkspaceSession.Listener {

    public static final long DELAY_MILLIS = 2000;

    private final WorkspaceSession session;
    private final Object lock = new Object();
    private final AtomicLong changes = new AtomicLong();
    private final Job job = Job.create(UiMessages.get("recoveryJob"), this::run);
    private volatile RecoveryJournal journal;
    private volatile ResourceSet resources;
    private volatile boolean dirty;
    private volatile boolean suspended;

    public RecoveryScheduler(WorkspaceSession session) {
        this.session = session;
        job.setSystem(true);
        workspaceOpened(session);
        session.addListener(this);
    }

    @Override
    public void stateChanged(WorkspaceSession changed) {
        changes.incrementAndGet();
        dirty = session.isDirty();
        if (!dirty) {
            job.cancel();
            discard();
        } else if (!suspended && (job.getState() == Job.NONE || job.getState() == Job.RUNNING)) {
            job.schedule(DELAY_MILLIS);
        }
    }

    @Override
    public void workspaceOpened(WorkspaceSession opened) {
        job.cancel();
        suspended = false;
        synchronized (lock) {
            journal = new RecoveryJournal(session.workspace().folder());
            resources = session.model().resourceSet();
            dirty = session.isDirty();
            changes.incrementAndGet();
        }
    }

    /**
     * The open workspace is being left with its changes saved or given up: its recovery copy goes and
     * nothing is written until {@link #resume} or another workspace is opened.
     */
    public void suspend() {
        suspended = true;
        changes.incrementAndGet();
        job.cancel();
        discard();
    }

    /** Leaving the workspace did not happen after all: keep its journal again from the next change. */
    public void resume() {
        suspended = false;
    }

    /** The journal of the open workspace. */
    public RecoveryJournal journal() {
        return journal;
    }

    /** Stops writing; a clean exit also removes the recovery copy. */
    public void stop(boolean cleanExit) {
        session.removeListener(this);
        job.cancel();
        try {
            job.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (cleanExit) {
            discard();
        }
    }

    private IStatus run(IProgressMonitor monitor) {
        long before = changes.get();
        if (!dirty || suspended || monitor.isCanceled()) {
            return Status.OK_STATUS;
        }
        Map<String, byte[]> content;
        try {
            content = RecoveryJournal.serializeAll(resources);
        } catch (IOException | RuntimeException e) {
            // the model changed under the writer; a later run writes a consistent copy
            job.schedule(DELAY_MILLIS);
            return Status.OK_STATUS;
        }
        synchronized (lock) {
            if (changes.get() != before) {
                job.schedule(DELAY_MILLIS);
            } else if (dirty && !suspended && !monitor.isCanceled()) {
                write(content);
            }
        }
        return Status.OK_STATUS;
    }

    private void write(Map<String, byte[]> content) {
        try {
            journal.write(content);
        } catch (IOException e) {
            ILog.of(RecoveryScheduler.class).warn(UiMessages.get("recoveryWriteFailed", journal.file()), e);
        }
    }

    private void discard() {
        synchronized (lock) {
            try {
                journal.discard();
            } catch (IOException e) {
                ILog.of(RecoveryScheduler.class).warn(UiMessages.get("recoveryWriteFailed", journal.file()), e);
            }
        }
    }
}
