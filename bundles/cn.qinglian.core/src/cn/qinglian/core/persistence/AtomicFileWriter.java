package cn.qinglian.core.persistence;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that at every moment either the old or the new complete content is on disk:
 * write to a temporary file in the same folder, fsync it, keep the old file as {@code NAME.bak},
 * rename the temporary file over the target, fsync the folder. When anything fails, the temporary
 * file is deleted and the target is left as it was.
 */
public final class AtomicFileWriter {

    /** Writes the content of a file to a stream (buffered; closing it is not needed). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int BUFFER_SIZE = 1 << 16;
    private static final int NAME_ATTEMPTS = 10;

    private AtomicFileWriter() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = createTemporary(folder, target.getFileName().toString());
        try {
            writeAndSync(temporary, content);
            copyPermissions(target, temporary);
            keepBackup(target);
            replace(temporary, target);
        } catch (Throwable e) {
            discard(temporary, e);
            throw e;
        }
        syncFolder(folder);
    }

    /** Where the previous version of {@code target} is kept. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /** A new, empty, hidden file next to the target; created with the folder's default permissions. */
    private static Path createTemporary(Path folder, String name) throws IOException {
        for (int attempt = 1;; attempt++) {
            String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            try {
                return Files.createFile(folder.resolve("." + name + "." + suffix + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                if (attempt == NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void writeAndSync(Path temporary, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_SIZE)) {
            content.writeTo(new KeptOpen(out));
            out.flush();
            channel.force(true);
        }
    }

    private static void copyPermissions(Path target, Path temporary) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the file inherits the folder's access rules
        }
    }

    /** Keeps the current target as {@code .bak}: a hard link where possible, else a copy. */
    private static void keepBackup(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        Path backup = backupOf(target);
        Files.deleteIfExists(backup);
        try {
            Files.createLink(backup, target);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void replace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void discard(Path temporary, Throwable failure) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a channel; the rename itself is durable there.
        }
    }

    /** Lets the content close its stream without closing the file before it is synced. */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
