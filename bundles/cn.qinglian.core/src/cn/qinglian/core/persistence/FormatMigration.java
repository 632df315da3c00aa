package cn.qinglian.core.persistence;

import org.w3c.dom.Document;

/**
 * One step of the organisation file format: rewrites a file of format {@link #fromFormat()} into
 * format {@code fromFormat() + 1}, before EMF reads it.
 * <p>
 * A step works on the DOM of the whole file: formats change structurally (an attribute renamed, an
 * element moved, a class split in two), which is simple to write and to review on a tree, and the
 * cost of a tree is paid only once per old file, because the next save writes the current format.
 * The chain sets the root's {@code formatVersion} attribute after each step; a step only changes
 * content. A step that finds content it cannot convert throws an {@link IllegalStateException} (or
 * any runtime exception) whose message says what and where; the load then fails naming the file and
 * both formats.
 */
public interface FormatMigration {

    /** The format this step reads; it writes the next one. */
    int fromFormat();

    /** Rewrites {@code document} in place, from {@link #fromFormat()} to the next format. */
    void migrate(Document document);
}
