package cn.qinglian.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.core.workspace.WorkspaceProblem;

/**
 * Reads only the root element of a model file, before EMF loads it: an empty file, a file of another
 * namespace or another root type, and a newer {@code formatVersion} are refused before anything is
 * half-read.
 */
final class FormatProbe {

    private static final String FORMAT_ATTRIBUTE = "formatVersion";
    private static final String MESSAGE_MARK = "Message:";

    private FormatProbe() {
    }

    /**
     * The format version of {@code file} (1 when the root does not say), after the checks above;
     * {@code foreign} (arguments: file, namespace) and {@code wrongRoot} (file, root found, root expected)
     * are the problems reported for another namespace and another root element.
     */
    static int check(Path file, String namespace, String rootName, int newestFormat, WorkspaceProblem foreign,
            WorkspaceProblem wrongRoot) throws WorkspaceException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = newFactory().createXMLStreamReader(in);
            while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
                // skip the prolog
            }
            if (!reader.isStartElement()) {
                throw malformed(file, reader.getLocation(), "no root element");
            }
            if (!namespace.equals(reader.getNamespaceURI())) {
                throw new WorkspaceException(foreign, file, namespace);
            }
            if (!rootName.equals(reader.getLocalName())) {
                throw new WorkspaceException(wrongRoot, file, reader.getLocalName(), rootName);
            }
            String version = reader.getAttributeValue(null, FORMAT_ATTRIBUTE);
            int format = version == null ? 1 : parse(version, file, reader.getLocation());
            if (format > newestFormat) {
                throw new WorkspaceException(WorkspaceProblem.NEWER_FORMAT, file, format, newestFormat);
            }
            return format;
        } catch (XMLStreamException e) {
            throw malformed(file, e.getLocation(), reasonOf(e));
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceProblem.UNREADABLE, file, e);
        }
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        return factory;
    }

    private static int parse(String version, Path file, Location location) throws WorkspaceException {
        try {
            return Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            throw malformed(file, location, FORMAT_ATTRIBUTE + "=\"" + version + "\"");
        }
    }

    /** The parser's own words, without the location it repeats in front of them. */
    private static String reasonOf(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int start = message.lastIndexOf(MESSAGE_MARK);
        return start < 0 ? message : message.substring(start + MESSAGE_MARK.length()).strip();
    }

    private static WorkspaceException malformed(Path file, Location location, String reason) {
        int line = location == null ? 0 : location.getLineNumber();
        int column = location == null ? 0 : location.getColumnNumber();
        return new WorkspaceException(WorkspaceProblem.MALFORMED, file, line, column, reason);
    }
}
