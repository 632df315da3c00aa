package cn.qinglian.inspection;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.model.Organisation;

/** Finds the inspection data of an organisation: the {@link InspectionRoot} in its resource set. */
public final class InspectionRoots {

    private InspectionRoots() {
    }

    /** The inspection root loaded beside {@code organisation}; empty when the module has no data there. */
    public static Optional<InspectionRoot> of(Organisation organisation) {
        Resource resource = organisation == null ? null : organisation.eResource();
        if (resource == null || resource.getResourceSet() == null) {
            return Optional.empty();
        }
        for (Resource candidate : resource.getResourceSet().getResources()) {
            for (EObject content : candidate.getContents()) {
                if (content instanceof InspectionRoot root) {
                    return Optional.of(root);
                }
            }
        }
        return Optional.empty();
    }
}
