package org.eclipse.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;

/**
 * Stands in, inside GEF 3.2 only, for the workbench class of this name that today's workbench no longer
 * has; GEF's flyout palette asks it for the cursor while the palette is dragged to another side.
 * Written for the Qinglian workbench: the same codes as the old API, answered with SWT's system cursors.
 */
public final class DragCursors {

    public static final int INVALID = 0;
    public static final int LEFT = 1;
    public static final int RIGHT = 2;
    public static final int TOP = 3;
    public static final int BOTTOM = 4;
    public static final int CENTER = 5;
    public static final int OFFSCREEN = 6;
    public static final int FASTVIEW = 7;

    private DragCursors() {
    }

    /** The cursor for {@code code}; a system cursor, which the caller must not dispose. */
    public static Cursor getCursor(int code) {
        return Display.getCurrent().getSystemCursor(switch (code) {
            case LEFT -> SWT.CURSOR_SIZEW;
            case RIGHT -> SWT.CURSOR_SIZEE;
            case TOP -> SWT.CURSOR_SIZEN;
            case BOTTOM -> SWT.CURSOR_SIZES;
            case CENTER, FASTVIEW -> SWT.CURSOR_SIZEALL;
            default -> SWT.CURSOR_NO;
        });
    }
}
