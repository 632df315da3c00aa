package cn.qinglian.core.persistence;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import cn.qinglian.core.parts.WorkspacePart;
import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.core.workspace.WorkspaceDescriptor;
import cn.qinglian.model.Organisation;

/**
 * A loaded workspace: its descriptor and the resource set holding the organisation (modules add
 * their own resources to the same set, referencing the organisation's objects by id).
 */
public record WorkspaceModel(WorkspaceDescriptor descriptor, ResourceSet resourceSet, Organisation organisation) {

    public WorkspaceModel {
        Objects.requireNonNull(descriptor);
        Objects.requireNonNull(resourceSet);
        Objects.requireNonNull(organisation);
    }

    public Path folder() {
        return descriptor.folder();
    }

    /** The root of a module's part (see {@link WorkspacePart}); empty when that module is not installed. */
    public <T extends EObject> Optional<T> part(Class<T> rootType) {
        return WorkspaceParts.rootOf(resourceSet, rootType);
    }

    /** The resource of the organisation file. */
    public Resource organisationResource() {
        return organisation.eResource();
    }
}
