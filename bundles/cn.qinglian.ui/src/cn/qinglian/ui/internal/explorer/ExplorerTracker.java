package cn.qinglian.ui.internal.explorer;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Tenure;

/**
 * One adapter on every model object the explorer has shown (and on what their labels depend on: a
 * holder's person, a post's tenures); passes their changes on. Nothing is attached to objects nobody
 * looked at, which keeps opening a large workspace cheap.
 */
final class ExplorerTracker extends AdapterImpl {

    private final Consumer<Notification> changed;
    private final Set<Notifier> tracked = new HashSet<>();

    ExplorerTracker(Consumer<Notification> changed) {
        this.changed = changed;
    }

    void track(Object element) {
        if (!(element instanceof Notifier notifier) || !tracked.add(notifier)) {
            return;
        }
        notifier.eAdapters().add(this);
        if (element instanceof Tenure tenure) {
            track(tenure.getPerson());
        } else if (element instanceof Post post) {
            post.getTenures().forEach(this::track);
        } else if (element instanceof Person person) {
            person.getTenures().forEach(this::track);
        }
    }

    /** Detaches from every object (another workspace is opened, or the view closes). */
    void untrackAll() {
        for (Notifier notifier : tracked) {
            notifier.eAdapters().remove(this);
        }
        tracked.clear();
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
            changed.accept(notification);
        }
    }
}
