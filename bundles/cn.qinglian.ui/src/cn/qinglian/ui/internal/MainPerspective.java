package cn.qinglian.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** 责任体系: the workspace on the left, properties below; editors in the middle. */
public class MainPerspective implements IPerspectiveFactory {

    public static final String ID = "cn.qinglian.ui.perspectives.main";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.28f, editors);
        left.addView(WorkspaceView.ID);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.7f, editors);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
    }
}
