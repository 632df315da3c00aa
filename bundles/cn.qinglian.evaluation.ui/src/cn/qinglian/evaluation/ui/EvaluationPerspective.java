package cn.qinglian.evaluation.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import cn.qinglian.evaluation.ui.views.AccountabilityView;
import cn.qinglian.evaluation.ui.views.AppraisalView;
import cn.qinglian.evaluation.ui.views.AssessmentView;
import cn.qinglian.evaluation.ui.views.RotationAlertsView;
import cn.qinglian.evaluation.ui.views.TalksView;

/** 考核评议: assessments on top, appraisal, accountability, rotation and talks below, properties at the side. */
public class EvaluationPerspective implements IPerspectiveFactory {

    public static final String ID = "cn.qinglian.evaluation.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        IFolderLayout top = layout.createFolder("evaluation.top", IPageLayout.TOP, 0.55f, editors);
        top.addView(AssessmentView.ID);
        top.addView(AppraisalView.ID);
        IFolderLayout bottom = layout.createFolder("evaluation.bottom", IPageLayout.BOTTOM, 0.55f, "evaluation.top");
        bottom.addView(AccountabilityView.ID);
        bottom.addView(RotationAlertsView.ID);
        bottom.addView(TalksView.ID);
        layout.createFolder("evaluation.properties", IPageLayout.RIGHT, 0.72f, "evaluation.bottom")
                .addView(IPageLayout.ID_PROP_SHEET);
    }
}
