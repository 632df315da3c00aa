package cn.qinglian.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import cn.qinglian.core.persistence.WorkspaceModel;

/**
 * A file a module makes of a workspace (a ledger, a workbook, a report), contributed through the
 * extension point {@value ExporterRegistry#EXTENSION_POINT} and offered by {@code qinglian export} (and
 * anything else that lists the registry). Implementations need a public no-argument constructor and must
 * not change the model.
 */
public interface WorkspaceExporter {

    /** The file name extension, without the dot, e.g. {@code xlsx}. */
    String fileExtension();

    /** What the file holds, in {@code locale}, a few words, e.g. 整改台账. */
    String name(Locale locale);

    /**
     * Writes the export of {@code model} on {@code asOf} to {@code file}, replacing it atomically (see
     * {@code AtomicFileWriter}), and says in one line, in {@code locale}, what was written.
     *
     * @throws IOException naming the file when it cannot be written
     */
    String export(WorkspaceModel model, LocalDate asOf, Path file, Locale locale) throws IOException;
}
