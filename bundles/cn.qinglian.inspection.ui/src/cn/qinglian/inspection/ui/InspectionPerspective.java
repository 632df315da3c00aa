package cn.qinglian.inspection.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** 巡察: the complaint queue on the left, the rectification ledger above, overdue items and properties below. */
public class InspectionPerspective implements IPerspectiveFactory {

    public static final String ID = "cn.qinglian.inspection.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        IFolderLayout left = layout.createFolder("inspection.left", IPageLayout.LEFT, 0.38f, editors);
        left.addView(ComplaintQueueView.ID);
        IFolderLayout top = layout.createFolder("inspection.top", IPageLayout.TOP, 0.62f, editors);
        top.addView(LedgerView.ID);
        IFolderLayout bottom = layout.createFolder("inspection.bottom", IPageLayout.BOTTOM, 0.62f, "inspection.top");
        bottom.addView(OverdueView.ID);
        bottom.addView(LiaisonStationView.ID);
        // Properties in a folder of its own, as in the main perspective: a hidden Properties tab fails to
        // draw its SVG icon on JDK 25.
        layout.createFolder("inspection.properties", IPageLayout.BOTTOM, 0.6f, "inspection.left")
                .addView(IPageLayout.ID_PROP_SHEET);
        layout.addPerspectiveShortcut("cn.qinglian.ui.perspectives.main");
    }
}
