package cn.qinglian.inspection.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

import cn.qinglian.inspection.model.EvidenceFile;
import cn.qinglian.inspection.model.InspectionFactory;

/**
 * Evidence files of findings, kept inside the workspace folder under {@value #FOLDER}/ with the SHA-256
 * of their content, so a file changed after it was recorded is detected ({@link #check}).
 */
public final class EvidenceStore {

    public static final String FOLDER = "evidence";

    /** The state of a recorded evidence file. */
    public enum State {
        INTACT, MISSING, TAMPERED
    }

    private final Path workspace;

    public EvidenceStore(Path workspace) {
        this.workspace = workspace;
    }

    /**
     * Copies {@code source} into the workspace and returns the record to add to a finding (not added here).
     *
     * @throws IOException naming the file when it cannot be read or copied
     */
    public EvidenceFile add(Path source, LocalDate addedOn) throws IOException {
        String hash = sha256(source);
        String name = source.getFileName().toString();
        String relative = FOLDER + "/" + hash.substring(0, 12) + "/" + name;
        Path target = workspace.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        EvidenceFile file = InspectionFactory.eINSTANCE.createEvidenceFile();
        file.setId(UUID.randomUUID().toString());
        file.setFileName(name);
        file.setStoredPath(relative);
        file.setSha256(hash);
        file.setAddedOn(addedOn);
        return file;
    }

    /** Whether the stored copy still has the recorded content. */
    public State check(EvidenceFile file) throws IOException {
        Path stored = workspace.resolve(file.getStoredPath());
        if (!Files.isRegularFile(stored)) {
            return State.MISSING;
        }
        return sha256(stored).equalsIgnoreCase(file.getSha256()) ? State.INTACT : State.TAMPERED;
    }

    /** The SHA-256 of a file's content, lower-case hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
