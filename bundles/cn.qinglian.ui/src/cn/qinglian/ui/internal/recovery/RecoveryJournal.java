package cn.qinglian.ui.internal.recovery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;

import cn.qinglian.core.persistence.AtomicFileWriter;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.WorkspaceStore;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.workspace.WorkspaceDescriptor;
import cn.qinglian.core.workspace.WorkspaceException;

/**
 * The unsaved working copy of a workspace's organisation, kept in
 * {@code <workspace>/.qinglian-recovery/organisation.qinglian} (with a copy of the workspace descriptor,
 * so that the folder loads like a workspace). Written atomically; a copy newer than the saved file at
 * start means the workbench did not close normally.
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

    /** Replaces the recovery copy by {@code content} (see {@link #serialize}). */
    public void write(byte[] content) throws IOException {
        Files.createDirectories(folder());
        Path descriptor = workspace.resolve(WorkspaceDescriptor.FILE_NAME);
        if (Files.isRegularFile(descriptor)) {
            Files.copy(descriptor, folder().resolve(WorkspaceDescriptor.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        }
        AtomicFileWriter.write(file(), out -> out.write(content));
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
        WorkspaceModel recovered = store.load(folder());
        recovered.organisationResource().setURI(URI.createFileURI(savedFile().toAbsolutePath().toString()));
        return new WorkspaceModel(descriptor, recovered.resourceSet(), recovered.organisation());
    }

    /** Removes the recovery copy (after a save, a clean exit, or when the user declines it). */
    public void discard() throws IOException {
        Path file = file();
        for (Path path : List.of(file, AtomicFileWriter.backupOf(file), folder().resolve(WorkspaceDescriptor.FILE_NAME))) {
            Files.deleteIfExists(path);
        }
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
