package cn.qinglian.core.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The marker of a Qinglian workspace folder: {@value #FILE_NAME}, holding the workspace's display
 * name and its format version. A folder without it is not a workspace; a newer format version than
 * this build understands is refused rather than half-read.
 */
public record WorkspaceDescriptor(Path folder, String name, int formatVersion) {

    public static final String FILE_NAME = "qinglian-workspace.properties";

    /** The newest workspace format this build reads and writes. */
    public static final int CURRENT_FORMAT = 1;

    private static final String KEY_NAME = "name";
    private static final String KEY_FORMAT = "format";

    /** Reads the descriptor of {@code folder}; every failure names the file and the reason. */
    public static WorkspaceDescriptor read(Path folder) throws WorkspaceException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isDirectory(folder)) {
            throw new WorkspaceException(WorkspaceProblem.NOT_A_FOLDER, folder);
        }
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException(WorkspaceProblem.NOT_A_WORKSPACE, folder);
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file);
             Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new WorkspaceException(WorkspaceProblem.UNREADABLE, file, e);
        }
        int format = parseFormat(properties.getProperty(KEY_FORMAT), file);
        if (format > CURRENT_FORMAT) {
            throw new WorkspaceException(WorkspaceProblem.NEWER_FORMAT, file, format, CURRENT_FORMAT);
        }
        String name = properties.getProperty(KEY_NAME, "").strip();
        if (name.isEmpty()) {
            name = folder.toAbsolutePath().normalize().getFileName().toString();
        }
        return new WorkspaceDescriptor(folder, name, format);
    }

    /** Creates a new, empty workspace in {@code folder} (created when missing). */
    public static WorkspaceDescriptor create(Path folder, String name) throws WorkspaceException {
        Path file = folder.resolve(FILE_NAME);
        if (Files.exists(file)) {
            throw new WorkspaceException(WorkspaceProblem.ALREADY_A_WORKSPACE, folder);
        }
        try {
            Files.createDirectories(folder);
            Properties properties = new Properties();
            properties.setProperty(KEY_NAME, name);
            properties.setProperty(KEY_FORMAT, Integer.toString(CURRENT_FORMAT));
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(writer, "Qinglian workspace");
            }
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceProblem.UNWRITABLE, file, e);
        }
        return new WorkspaceDescriptor(folder, name, CURRENT_FORMAT);
    }

    private static int parseFormat(String value, Path file) throws WorkspaceException {
        if (value == null) {
            throw new WorkspaceException(WorkspaceProblem.NO_FORMAT, file);
        }
        try {
            int format = Integer.parseInt(value.strip());
            if (format < 1) {
                throw new NumberFormatException(value);
            }
            return format;
        } catch (NumberFormatException e) {
            throw new WorkspaceException(WorkspaceProblem.BAD_FORMAT, file, value);
        }
    }
}
