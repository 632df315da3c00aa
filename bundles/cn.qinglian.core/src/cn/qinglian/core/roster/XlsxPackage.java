package cn.qinglian.core.roster;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of an XLSX package (a ZIP file of XML parts linked by relationship parts). Part names
 * are matched without regard to case, as OPC requires; every part is read with a size limit so a
 * crafted file cannot exhaust memory.
 */
final class XlsxPackage implements AutoCloseable {

    /** The largest uncompressed part read. */
    static final long MAX_PART_BYTES = 256L * 1024 * 1024;

    /** A relationship from a part to another part, with the target resolved to a part name. */
    record Relationship(String id, String type, String target) {

        boolean hasType(String typeSuffix) {
            return type.endsWith("/" + typeSuffix);
        }
    }

    private final Path file;
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new HashMap<>();

    private XlsxPackage(Path file, ZipFile zip) {
        this.file = file;
        this.zip = zip;
        zip.stream().forEach(entry -> entries.putIfAbsent(key(entry.getName()), entry));
    }

    static XlsxPackage open(Path file) throws RosterReadException {
        try {
            return new XlsxPackage(file, new ZipFile(file.toFile()));
        } catch (ZipException e) {
            throw damaged(file, e.getMessage(), e);
        } catch (IOException e) {
            throw RosterReader.unreadable(file, e);
        }
    }

    Path file() {
        return file;
    }

    boolean has(String part) {
        return entries.containsKey(key(part));
    }

    /** Opens {@code part} for reading; it must exist. */
    InputStream open(String part) throws RosterReadException {
        ZipEntry entry = entries.get(key(part));
        if (entry == null) {
            throw damaged(file, "missing part " + part, null);
        }
        try {
            return new LimitedInputStream(zip.getInputStream(entry), part);
        } catch (IOException e) {
            throw damaged(file, part + ": " + e.getMessage(), e);
        }
    }

    /** The relationships of {@code part} by id, in file order; empty when it has none. */
    Map<String, Relationship> relationships(String part) throws RosterReadException {
        int slash = part.lastIndexOf('/');
        String folder = slash < 0 ? "" : part.substring(0, slash + 1);
        String relsPart = folder + "_rels/" + part.substring(slash + 1) + ".rels";
        Map<String, Relationship> relationships = new LinkedHashMap<>();
        if (!has(relsPart)) {
            return relationships;
        }
        XmlParts.parse(this, relsPart, reader -> {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT && reader.getLocalName().equals("Relationship")
                        && !"External".equals(reader.getAttributeValue(null, "TargetMode"))) {
                    relationships.put(reader.getAttributeValue(null, "Id"),
                            new Relationship(reader.getAttributeValue(null, "Id"),
                                    String.valueOf(reader.getAttributeValue(null, "Type")),
                                    resolve(folder, String.valueOf(reader.getAttributeValue(null, "Target")))));
                }
            }
        });
        return relationships;
    }

    /** The first relationship of {@code part} whose type ends with {@code typeSuffix}. */
    Optional<Relationship> relationship(String part, String typeSuffix) throws RosterReadException {
        return relationships(part).values().stream().filter(r -> r.hasType(typeSuffix)).findFirst();
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // the file was only read; nothing is lost
        }
    }

    static RosterReadException damaged(Path file, String detail, Throwable cause) {
        return new RosterReadException(RosterReadException.Reason.DAMAGED_XLSX, file, detail, cause);
    }

    /** Resolves a relationship target (a relative URI) against the folder of its source part. */
    static String resolve(String folder, String target) {
        String decoded = decode(target);
        String path = decoded.startsWith("/") ? decoded.substring(1) : folder + decoded;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    private static String decode(String target) {
        try {
            String path = new URI(target).getPath();
            return path == null ? target : path;
        } catch (URISyntaxException e) {
            return target;
        }
    }

    private static String key(String name) {
        return (name.startsWith("/") ? name.substring(1) : name).toLowerCase(Locale.ROOT);
    }

    /** Refuses to read more than {@link #MAX_PART_BYTES} of a part. */
    private final class LimitedInputStream extends FilterInputStream {

        private final String part;
        private long count;

        LimitedInputStream(InputStream in, String part) {
            super(in);
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > MAX_PART_BYTES) {
                throw new PartTooLargeException(part);
            }
        }
    }

    /** A part grew beyond {@link #MAX_PART_BYTES} while being read. */
    static final class PartTooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        PartTooLargeException(String part) {
            super(part);
        }
    }
}
