package cn.qinglian.core.persistence;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

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

    /** The resource of the organisation file. */
    public Resource organisationResource() {
        return organisation.eResource();
    }
}
