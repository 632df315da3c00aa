package cn.qinglian.core.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

import cn.qinglian.core.workspace.WorkspaceDescriptor;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.core.workspace.WorkspaceProblem;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.QinglianPackage;
import cn.qinglian.model.util.QinglianResourceFactoryImpl;

/** The default store: one XMI file per model in the workspace folder, UTF-8, ids as references. */
public class XmiWorkspaceStore implements WorkspaceStore {

    /** The organisation file inside a workspace folder. */
    public static final String ORGANISATION_FILE = "organisation.qinglian";

    /** The newest organisation format this build reads and writes. */
    public static final int CURRENT_MODEL_FORMAT = 1;

    private final XMLParserPoolImpl parserPool = new XMLParserPoolImpl();

    @Override
    public WorkspaceModel load(Path folder) throws WorkspaceException {
        WorkspaceDescriptor descriptor = WorkspaceDescriptor.read(folder);
        Path file = folder.resolve(ORGANISATION_FILE);
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException(WorkspaceProblem.MISSING_ORGANISATION, file);
        }
        FormatProbe.check(file, QinglianPackage.eNS_URI, "Organisation", CURRENT_MODEL_FORMAT);
        ResourceSet resourceSet = newResourceSet();
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        indexIds(resource);
        try {
            resource.load(loadOptions());
        } catch (IOException | RuntimeException e) {
            throw LoadErrors.describe(file, resource, e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw LoadErrors.describe(file, resource, null);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Organisation)) {
            throw new WorkspaceException(WorkspaceProblem.FOREIGN_FILE, file, QinglianPackage.eNS_URI);
        }
        return new WorkspaceModel(descriptor, resourceSet, (Organisation) resource.getContents().get(0));
    }

    @Override
    public void save(WorkspaceModel model) throws WorkspaceException {
        for (Resource resource : model.resourceSet().getResources()) {
            if (!resource.getURI().isFile()) {
                continue;
            }
            Path file = Path.of(resource.getURI().toFileString());
            try {
                AtomicFileWriter.write(file, out -> resource.save(out, saveOptions()));
                resource.setModified(false);
            } catch (IOException | RuntimeException e) {
                throw new WorkspaceException(WorkspaceProblem.UNWRITABLE, file, e);
            }
        }
    }

    @Override
    public WorkspaceModel create(Path folder, String name) throws WorkspaceException {
        WorkspaceDescriptor descriptor = WorkspaceDescriptor.create(folder, name);
        Organisation organisation = QinglianFactory.eINSTANCE.createOrganisation();
        organisation.setId(UUID.randomUUID().toString());
        organisation.setName(name);
        organisation.setFormatVersion(CURRENT_MODEL_FORMAT);
        ResourceSet resourceSet = newResourceSet();
        Resource resource = resourceSet.createResource(
                URI.createFileURI(folder.resolve(ORGANISATION_FILE).toAbsolutePath().toString()));
        indexIds(resource);
        resource.getContents().add(organisation);
        WorkspaceModel model = new WorkspaceModel(descriptor, resourceSet, organisation);
        save(model);
        return model;
    }

    /**
     * Lets the resource find objects by id through a map instead of walking all its contents for each
     * reference: without it, loading a workspace of 50,000 people (every tenure refers to a post and back)
     * takes quadratic time. EMF keeps the map current as objects are added and removed.
     */
    private static void indexIds(Resource resource) {
        if (resource instanceof ResourceImpl impl) {
            impl.setIntrinsicIDToEObjectMap(new HashMap<>());
        }
    }

    /** A resource set that reads and writes our files, inside and outside OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(QinglianPackage.eNS_URI, QinglianPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put("qinglian", new QinglianResourceFactoryImpl());
        return resourceSet;
    }

    protected Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, parserPool);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }

    protected Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(100));
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        return options;
    }
}
