package cn.qinglian.example.diagram;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.diagram.Badge;
import cn.qinglian.diagram.NodeDecorator;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.model.RectificationState;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Post;

/**
 * Marks the posts that findings name and that are not dealt with yet: a red "查N" with N the number of
 * open findings (no rectification, or one not closed). Written only against the extension point
 * {@code cn.qinglian.diagram.decorators} and the inspection module's model.
 */
public class OpenFindingsDecorator implements NodeDecorator {

    /** The badge's red. */
    public static final int RED = 0xC62828;

    @Override
    public List<Badge> badges(EObject modelObject, Organisation organisation, Locale locale) {
        if (!(modelObject instanceof Post post)) {
            return List.of();
        }
        Optional<InspectionRoot> root = WorkspaceParts.rootOf(organisation, InspectionRoot.class);
        if (root.isEmpty()) {
            return List.of();
        }
        int open = 0;
        for (Finding finding : root.get().getFindings()) {
            if (finding.getPosts().contains(post) && isOpen(root.get(), finding)) {
                open++;
            }
        }
        if (open == 0) {
            return List.of();
        }
        boolean chinese = locale.getLanguage().equals(Locale.CHINESE.getLanguage());
        return List.of(new Badge((chinese ? "查" : "F") + open, RED,
                chinese ? open + " 条问题尚未整改销号" : open + " open finding(s)"));
    }

    private static boolean isOpen(InspectionRoot root, Finding finding) {
        boolean rectified = false;
        for (Rectification rectification : root.getRectifications()) {
            if (rectification.getFinding() == finding) {
                rectified = true;
                if (rectification.getState() != RectificationState.CLOSED) {
                    return true;
                }
            }
        }
        return !rectified;
    }
}
