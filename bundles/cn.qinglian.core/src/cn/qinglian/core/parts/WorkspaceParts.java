package cn.qinglian.core.parts;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import cn.qinglian.model.Organisation;

/** Finds the root of a module's part next to an organisation. */
public final class WorkspaceParts {

    private WorkspaceParts() {
    }

    /**
     * The root of type {@code rootType} among the resources of {@code organisation}'s resource set;
     * empty when the module's part is not loaded (module not installed, or the organisation stands
     * alone).
     */
    public static <T extends EObject> Optional<T> rootOf(Organisation organisation, Class<T> rootType) {
        Resource resource = organisation.eResource();
        ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
        return resourceSet == null ? Optional.empty() : rootOf(resourceSet, rootType);
    }

    /** The root of type {@code rootType} among the resources of {@code resourceSet}. */
    public static <T extends EObject> Optional<T> rootOf(ResourceSet resourceSet, Class<T> rootType) {
        for (Resource resource : resourceSet.getResources()) {
            if (!resource.getContents().isEmpty() && rootType.isInstance(resource.getContents().get(0))) {
                return Optional.of(rootType.cast(resource.getContents().get(0)));
            }
        }
        return Optional.empty();
    }
}
