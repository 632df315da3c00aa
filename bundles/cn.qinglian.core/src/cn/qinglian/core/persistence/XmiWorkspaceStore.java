package cn.qinglian.core.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;

import cn.qinglian.core.parts.WorkspacePart;
import cn.qinglian.core.parts.WorkspacePartRegistry;
import cn.qinglian.core.workspace.WorkspaceDescriptor;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.core.workspace.WorkspaceProblem;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.QinglianPackage;

/**
 * The default store: one XMI file per model in the workspace folder, UTF-8, one element per line,
 * ids as references. Files of an older format are brought up to date in memory by the
 * {@link FormatMigrations} given to the constructor; the file itself is rewritten only by the next
 * save.
 */
public class XmiWorkspaceStore implements WorkspaceStore {

    /** The organisation file inside a workspace folder. */
    public static final String ORGANISATION_FILE = "organisation.qinglian";

    /** The newest organisation format this build reads and writes. */
    public static final int CURRENT_MODEL_FORMAT = 1;

    private static final String FILE_EXTENSION = "qinglian";
    private static final String ROOT_ELEMENT = "Organisation";
    private static final String FORMAT_ATTRIBUTE = QinglianPackage.Literals.ORGANISATION__FORMAT_VERSION.getName();
    private static final Map<String, Boolean> PARSER_FEATURES =
            Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);

    private static final int FLUSH_THRESHOLD = 1 << 20;

    private final ParserPool parserPool = new ParserPool();
    private final FormatMigrations migrations;
    private final List<WorkspacePart> parts;

    /** A store that reads only the current format and knows no module parts. */
    public XmiWorkspaceStore() {
        this(FormatMigrations.none());
    }

    /** A store that brings older files up to the current format with {@code migrations}. */
    public XmiWorkspaceStore(FormatMigrations migrations) {
        this(migrations, List.of());
    }

    /**
     * A store that also loads, creates and saves the files of {@code parts} (the modules' data, see
     * {@link WorkspacePart}).
     */
    public XmiWorkspaceStore(FormatMigrations migrations, List<WorkspacePart> parts) {
        this.migrations = Objects.requireNonNull(migrations);
        this.parts = List.copyOf(parts);
    }

    /** The store of the running product: it knows the parts of every installed module (none outside OSGi). */
    public static XmiWorkspaceStore installed() {
        return new XmiWorkspaceStore(FormatMigrations.none(), WorkspacePartRegistry.installed());
    }

    /** The module parts this store loads and saves with the organisation. */
    public List<WorkspacePart> parts() {
        return parts;
    }

    @Override
    public WorkspaceModel load(Path folder) throws WorkspaceException {
        WorkspaceDescriptor descriptor = WorkspaceDescriptor.read(folder);
        Path file = folder.resolve(ORGANISATION_FILE);
        requireContent(file, WorkspaceProblem.MISSING_ORGANISATION);
        int format = FormatProbe.check(file, QinglianPackage.eNS_URI, ROOT_ELEMENT, CURRENT_MODEL_FORMAT,
                WorkspaceProblem.FOREIGN_FILE, WorkspaceProblem.NOT_AN_ORGANISATION);
        byte[] upgraded = format == CURRENT_MODEL_FORMAT ? null : upgrade(file, format);
        ResourceSet resourceSet = newResourceSet();
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        if (resource instanceof OrganisationResource organisationResource) {
            organisationResource.expectFileSize(upgraded == null ? sizeOf(file) : upgraded.length);
        }
        try {
            if (upgraded == null) {
                resource.load(loadOptions());
            } else {
                resource.load(new ByteArrayInputStream(upgraded), loadOptions());
            }
        } catch (IOException | RuntimeException e) {
            throw discard(resourceSet, LoadErrors.describe(file, resource, e));
        }
        if (!resource.getErrors().isEmpty()) {
            throw discard(resourceSet, LoadErrors.describe(file, resource, null));
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Organisation)) {
            throw discard(resourceSet, new WorkspaceException(WorkspaceProblem.NOT_AN_ORGANISATION, file,
                    resource.getContents().isEmpty() ? "?" : resource.getContents().get(0).eClass().getName()));
        }
        resource.setModified(upgraded != null);
        Organisation organisation = (Organisation) resource.getContents().get(0);
        for (WorkspacePart part : parts) {
            loadPart(folder, part, resourceSet, organisation);
        }
        return new WorkspaceModel(descriptor, resourceSet, organisation);
    }

    /**
     * Loads the file of {@code part} into {@code resourceSet}, or gives the part a new empty root when
     * the workspace has no such file yet (it is written by the next save). A damaged or foreign file
     * fails the whole load, naming the file.
     */
    private void loadPart(Path folder, WorkspacePart part, ResourceSet resourceSet, Organisation organisation)
            throws WorkspaceException {
        Path file = folder.resolve(part.fileName());
        resourceSet.getPackageRegistry().put(part.ePackage().getNsURI(), part.ePackage());
        Resource resource = new PartResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resourceSet.getResources().add(resource);
        EObject emptyRoot = part.createRoot(organisation);
        if (!Files.exists(file)) {
            resource.getContents().add(emptyRoot);
            resource.setModified(false);
            return;
        }
        requireContent(file, WorkspaceProblem.EMPTY_FILE);
        String rootName = emptyRoot.eClass().getName();
        FormatProbe.check(file, part.ePackage().getNsURI(), rootName, Integer.MAX_VALUE,
                WorkspaceProblem.FOREIGN_PART, WorkspaceProblem.WRONG_PART_ROOT);
        try {
            resource.load(loadOptions());
        } catch (IOException | RuntimeException e) {
            throw discard(resourceSet, LoadErrors.describe(file, resource, e));
        }
        if (!resource.getErrors().isEmpty()) {
            throw discard(resourceSet, LoadErrors.describe(file, resource, null));
        }
        if (resource.getContents().size() != 1) {
            throw discard(resourceSet, new WorkspaceException(WorkspaceProblem.WRONG_PART_ROOT, file,
                    resource.getContents().isEmpty() ? "?" : resource.getContents().get(0).eClass().getName(), rootName));
        }
        resource.setModified(false);
    }

    @Override
    public void save(WorkspaceModel model) throws WorkspaceException {
        for (Resource resource : model.resourceSet().getResources()) {
            if (!resource.getURI().isFile()) {
                continue;
            }
            Path file = Path.of(resource.getURI().toFileString());
            try {
                write(file, out -> resource.save(out, saveOptions()));
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
        resource.getContents().add(organisation);
        WorkspaceModel model = new WorkspaceModel(descriptor, resourceSet, organisation);
        addParts(model, false);
        save(model);
        return model;
    }

    /**
     * Gives {@code model}, a new workspace, an empty root for each part of this store, filled with the
     * part's sample data when {@code sample}; they are written by the next save.
     */
    public void addParts(WorkspaceModel model, boolean sample) {
        for (WorkspacePart part : parts) {
            model.resourceSet().getPackageRegistry().put(part.ePackage().getNsURI(), part.ePackage());
            Resource partResource = new PartResource(
                    URI.createFileURI(model.folder().resolve(part.fileName()).toAbsolutePath().toString()));
            model.resourceSet().getResources().add(partResource);
            EObject root = part.createRoot(model.organisation());
            partResource.getContents().add(root);
            if (sample) {
                part.fillSample(root, model.organisation());
            }
        }
    }

    /** A resource set that reads and writes our files, inside and outside OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(QinglianPackage.eNS_URI, QinglianPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(FILE_EXTENSION, (Resource.Factory) OrganisationResource::new);
        return resourceSet;
    }

    /**
     * Writes one file. Every save goes through here; the default replaces the file atomically with
     * {@link AtomicFileWriter}, and a subclass may wrap {@code content} (to count bytes, or to test
     * what a full disk does).
     */
    protected void write(Path file, AtomicFileWriter.Content content) throws IOException {
        AtomicFileWriter.write(file, content);
    }

    /**
     * How EMF reads our files, chosen by measuring a 50,000-staff workspace (see
     * {@code PersistenceBenchmark} in the tests): objects are attached to the resource once, at the
     * end; id references are resolved then, through the id map that {@link OrganisationResource}
     * fills while reading; parsers are reused; element names are mapped to features once. Deferred
     * resolution is also what makes the one-sided opposites of {@link OrganisationResource} load:
     * EMF's immediate resolution skips {@code Tenure.post} because it expects {@code Post.tenures}
     * in the file, so a subclass must keep {@code OPTION_DEFER_IDREF_RESOLUTION}.
     * {@code OPTION_DISABLE_NOTIFY} is left out on purpose: a freshly created resource set has no
     * adapters, so no notification is sent during a load anyway, and the option costs an extra walk
     * over every object to switch delivery back on (measured 7 % slower).
     */
    protected Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, parserPool);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, PARSER_FEATURES);
        return options;
    }

    /**
     * How EMF writes our files: UTF-8, one element per line (no line width), no type information
     * (every containment holds one class). The document goes out to the temporary file in pieces of
     * about a million characters instead of being built whole in memory first. Left out on purpose:
     * {@code OPTION_USE_FILE_BUFFER} (the atomic writer already writes a temporary file) and
     * {@code OPTION_CONFIGURATION_CACHE} (EMF then keeps the last document's buffers in a static
     * cache: 28 MB after saving a 50,000-staff workspace, for the rest of the session).
     */
    protected Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_FLUSH_THRESHOLD, Integer.valueOf(FLUSH_THRESHOLD));
        return options;
    }

    /** A missing file and an empty one (what a crash without atomic save leaves) are refused first. */
    private static void requireContent(Path file, WorkspaceProblem missing) throws WorkspaceException {
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException(missing, file);
        }
        if (sizeOf(file) == 0) {
            throw new WorkspaceException(WorkspaceProblem.EMPTY_FILE, file);
        }
    }

    private static long sizeOf(Path file) throws WorkspaceException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceProblem.UNREADABLE, file, e);
        }
    }

    private byte[] upgrade(Path file, int format) throws WorkspaceException {
        int oldest = migrations.oldestFormat(CURRENT_MODEL_FORMAT);
        if (format < oldest) {
            throw new WorkspaceException(WorkspaceProblem.OLDER_FORMAT, file, format, oldest, CURRENT_MODEL_FORMAT);
        }
        List<FormatMigration> steps = migrations.path(format, CURRENT_MODEL_FORMAT);
        return FormatUpgrade.upgrade(file, format, CURRENT_MODEL_FORMAT, FORMAT_ATTRIBUTE, steps);
    }

    /** Leaves nothing half-loaded behind: the objects read so far are dropped with their resources. */
    private static WorkspaceException discard(ResourceSet resourceSet, WorkspaceException failure) {
        for (Resource resource : resourceSet.getResources()) {
            resource.unload();
        }
        resourceSet.getResources().clear();
        return failure;
    }
}
