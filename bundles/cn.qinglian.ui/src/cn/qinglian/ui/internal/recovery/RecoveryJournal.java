package cn.qinglian.ui.internal.recovery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;

import cn.qinglian.core.persistence.AtomicFileWriter;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.WorkspaceStore;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceDescriptor;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.core.workspace.WorkspaceProblem;

/**
 * The unsaved working copy of a workspace: the organisation in
 * {@code <workspace>/.qinglian-recovery/organisation.qinglian} and each module's part file next to it
 * (with a copy of the workspace descriptor, so that the folder loads like a workspace). Each file is
 * written atomically, the organisation last; a copy newer than the saved organisation at start means
 * the workbench did not close normally.
 */
public final class RecoveryJournal {

    public static final String FOLDER = ".qinglian-recovery";

    private final Path workspace;

    public RecoveryJournal(Path workspace) {
        this.workspace = workspace;
    }

    /** The recovery copy of the organisation. */
    public Path file() {
        return folder().resolve(XmiWorkspaceStore.ORGANISATION_FILE);
    }

    private Path folder() {
        return workspace.resolve(FOLDER);
    }

    private Path savedFile() {
        return workspace.resolve(XmiWorkspaceStore.ORGANISATION_FILE);
    }

    /** The organisation as XMI, as the store writes it. */
    public static byte[] serialize(Resource organisation) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(100));
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        organisation.save(bytes, options);
        return bytes.toByteArray();
    }

    /**
     * Every file of the workspace (the organisation and the modules' parts) as XMI, by file name, the
     * organisation last.
     */
    public static Map<String, byte[]> serializeAll(ResourceSet resourceSet) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] organisation = null;
        for (Resource resource : List.copyOf(resourceSet.getResources())) {
            if (!resource.getURI().isFile()) {
                continue;
            }
            String name = resource.getURI().lastSegment();
            if (XmiWorkspaceStore.ORGANISATION_FILE.equals(name)) {
                organisation = serialize(resource);
            } else {
                files.put(name, serialize(resource));
            }
        }
        if (organisation != null) {
            files.put(XmiWorkspaceStore.ORGANISATION_FILE, organisation);
        }
        return files;
    }

    /** Replaces the recovery copy of the organisation by {@code content} (see {@link #serialize}). */
    public void write(byte[] content) throws IOException {
        write(Map.of(XmiWorkspaceStore.ORGANISATION_FILE, content));
    }

    /**
     * Replaces the recovery copy by {@code files} (see {@link #serializeAll}), written in their order,
     * each atomically.
     */
    public void write(Map<String, byte[]> files) throws IOException {
        Files.createDirectories(folder());
        Path descriptor = workspace.resolve(WorkspaceDescriptor.FILE_NAME);
        if (Files.isRegularFile(descriptor)) {
            Files.copy(descriptor, folder().resolve(WorkspaceDescriptor.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            AtomicFileWriter.write(folder().resolve(file.getKey()), out -> out.write(file.getValue()));
        }
    }

    /** When the recovery copy was written, if it is newer than the saved organisation (or that is missing). */
    public Optional<Instant> newerCopy() {
        Optional<Instant> recovered = modified(file());
        Optional<Instant> saved = savedAt();
        if (recovered.isEmpty() || saved.isPresent() && !recovered.get().isAfter(saved.get())) {
            return Optional.empty();
        }
        return recovered;
    }

    /** When the organisation was last saved; empty when it never was. */
    public Optional<Instant> savedAt() {
        return modified(savedFile());
    }

    /**
     * Loads the recovery copy as the working copy of the workspace: saving it later writes the
     * workspace's own organisation file.
     */
    public WorkspaceModel restore(WorkspaceStore store, WorkspaceDescriptor descriptor) throws WorkspaceException {
        completeWithSavedParts();
        WorkspaceModel recovered = store.load(folder());
        for (Resource resource : recovered.resourceSet().getResources()) {
            if (resource.getURI().isFile()) {
                Path saved = workspace.resolve(resource.getURI().lastSegment());
                resource.setURI(URI.createFileURI(saved.toAbsolutePath().toString()));
            }
        }
        return new WorkspaceModel(descriptor, recovered.resourceSet(), recovered.organisation());
    }

    /**
     * A part file the copy lacks (its module was installed after the copy was written) is taken from
     * the workspace, so that restoring never replaces a module's saved data by an empty root.
     */
    private void completeWithSavedParts() throws WorkspaceException {
        try (DirectoryStream<Path> saved = Files.newDirectoryStream(workspace, "*.qinglian")) {
            for (Path file : saved) {
                Path copy = folder().resolve(file.getFileName());
                if (!Files.exists(copy)) {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceProblem.UNREADABLE, workspace, e);
        }
    }

    /** Removes the recovery copy (after a save, a clean exit, or when the user declines it). */
    public void discard() throws IOException {
        if (Files.isDirectory(folder())) {
            try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder(), "*.qinglian*")) {
                for (Path copy : copies) {
                    Files.deleteIfExists(copy);
                }
            }
        }
        Files.deleteIfExists(folder().resolve(WorkspaceDescriptor.FILE_NAME));
        try {
            Files.deleteIfExists(folder());
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            // something else lives there; leave it
        }
    }

    private static Optional<Instant> modified(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file).toInstant());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
