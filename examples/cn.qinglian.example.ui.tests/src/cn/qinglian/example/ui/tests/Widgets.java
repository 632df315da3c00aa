package cn.qinglian.example.ui.tests;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPart;

import cn.qinglian.ui.testing.Controls;

/** The SWT widgets a part shows, found as a user would see them: by kind and text, not by the part's fields. */
final class Widgets {

    private Widgets() {
    }

    /** The composite {@code part} draws into. */
    static Composite of(IWorkbenchPart part) {
        MPart model = part.getSite().getService(MPart.class);
        if (model == null || !(model.getWidget() instanceof Composite composite)) {
            throw new AssertionError("no widget for " + part.getTitle());
        }
        return composite;
    }

    /** The one control of {@code type} in {@code root}'s tree. */
    static <T extends Control> T only(Control root, Class<T> type) {
        List<T> found = Controls.all(root, type);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " " + type.getSimpleName() + " widgets, expected one");
        }
        return found.get(0);
    }
}
