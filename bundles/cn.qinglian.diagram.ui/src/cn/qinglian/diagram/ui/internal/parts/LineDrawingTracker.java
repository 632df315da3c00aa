package cn.qinglian.diagram.ui.internal.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.tools.ConnectionDragCreationTool;
import org.eclipse.swt.SWT;

/**
 * What a mouse press on a post starts: dragged past the threshold, a new reporting line to the box where
 * the mouse is released; released without dragging, a selection of the post (Ctrl adds or removes it).
 */
final class LineDrawingTracker extends ConnectionDragCreationTool {

    private final EditPart pressed;

    LineDrawingTracker(EditPart pressed) {
        this.pressed = pressed;
        setFactory(new org.eclipse.gef.requests.CreationFactory() {
            @Override
            public Object getNewObject() {
                return null;
            }

            @Override
            public Object getObjectType() {
                return "reportingLine";
            }
        });
    }

    @Override
    protected boolean handleButtonUp(int button) {
        if (button == 1 && !movedPastThreshold()) {
            select();
            eraseSourceFeedback();
            setState(STATE_TERMINAL);
            handleFinished();
            return true;
        }
        return super.handleButtonUp(button);
    }

    private void select() {
        EditPartViewer viewer = pressed.getViewer();
        boolean toggle = getCurrentInput().isModKeyDown(SWT.MOD1);
        if (!toggle) {
            viewer.select(pressed);
        } else if (pressed.getSelected() != EditPart.SELECTED_NONE) {
            viewer.deselect(pressed);
        } else {
            viewer.appendSelection(pressed);
        }
    }
}
