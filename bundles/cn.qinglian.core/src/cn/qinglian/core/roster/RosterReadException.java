package cn.qinglian.core.roster;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A roster file could not be read at all (as opposed to rows with problems): missing, unreadable,
 * an old binary .xls, a damaged workbook, or text in no known encoding. {@link #getMessage()} is in
 * the default locale.
 */
public class RosterReadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the file could not be read. */
    public enum Reason {
        MISSING,
        UNREADABLE,
        LEGACY_XLS,
        NOT_XLSX,
        DAMAGED_XLSX,
        TOO_LARGE,
        UNDECODABLE
    }

    private final Reason reason;
    private final Path file;
    private final String detail;

    public RosterReadException(Reason reason, Path file, String detail) {
        this(reason, file, detail, null);
    }

    public RosterReadException(Reason reason, Path file, String detail, Throwable cause) {
        super(reason + ": " + file, cause);
        this.reason = reason;
        this.file = file;
        this.detail = detail == null ? "" : detail;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    @Override
    public String getMessage() {
        return getLocalizedMessage(Locale.getDefault());
    }

    /** The message in {@code locale}: the file first, then the reason. */
    public String getLocalizedMessage(Locale locale) {
        return RosterMessages.format(locale, "read." + reason.name(), file, detail);
    }
}
