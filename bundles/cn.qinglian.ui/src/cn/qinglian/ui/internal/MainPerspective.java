package cn.qinglian.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import cn.qinglian.ui.internal.dashboard.DashboardView;
import cn.qinglian.ui.internal.explorer.ExplorerView;
import cn.qinglian.ui.internal.problems.ProblemsView;

/** 责任体系: the organisation explorer on the left, the overview above the editors, properties and problems below. */
public class MainPerspective implements IPerspectiveFactory {

    public static final String ID = "cn.qinglian.ui.perspectives.main";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.3f, editors);
        left.addView(ExplorerView.ID);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editors);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        // Problems in a folder of its own: a hidden Properties tab fails to draw its SVG icon on JDK 25.
        layout.createFolder("problems", IPageLayout.RIGHT, 0.35f, "bottom").addView(ProblemsView.ID);
        // the overview scrolls, so it can leave the editors (forms, diagrams) two fifths of the height
        layout.addView(DashboardView.ID, IPageLayout.TOP, 0.6f, editors);
    }
}
