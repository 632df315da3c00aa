package cn.qinglian.core.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a roster file, CSV or XLSX, into rows of text. The kind is recognised from the content, not
 * the file name: a ZIP package is an XLSX workbook (its first sheet is read), an OLE file is an old
 * .xls workbook (refused with a hint to save as .xlsx or CSV), anything else is CSV text.
 */
public final class RosterReader {

    /** The largest CSV file read (about 900,000 rows; a district's roster has tens of thousands). */
    static final long MAX_CSV_BYTES = 128L * 1024 * 1024;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final Optional<Charset> csvCharset;

    /** A reader that guesses the encoding of CSV files (UTF-8 with or without BOM, else GB18030). */
    public RosterReader() {
        this(Optional.empty());
    }

    /** A reader that decodes CSV files with {@code csvCharset} when present; XLSX is unaffected. */
    public RosterReader(Optional<Charset> csvCharset) {
        this.csvCharset = csvCharset;
    }

    public RosterSheet read(Path file) throws RosterReadException {
        byte[] start = firstBytes(file);
        if (startsWith(start, ZIP_MAGIC)) {
            return XlsxReader.read(file);
        }
        if (startsWith(start, OLE_MAGIC)) {
            throw new RosterReadException(RosterReadException.Reason.LEGACY_XLS, file, null);
        }
        return CsvParser.parse(CsvDecoder.decode(allBytes(file), csvCharset, file));
    }

    private static byte[] firstBytes(Path file) throws RosterReadException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static byte[] allBytes(Path file) throws RosterReadException {
        try {
            if (Files.size(file) > MAX_CSV_BYTES) {
                throw new RosterReadException(RosterReadException.Reason.TOO_LARGE, file,
                        Long.toString(MAX_CSV_BYTES / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    static RosterReadException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new RosterReadException(RosterReadException.Reason.MISSING, file, null, e);
        }
        return new RosterReadException(RosterReadException.Reason.UNREADABLE, file, e.toString(), e);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
