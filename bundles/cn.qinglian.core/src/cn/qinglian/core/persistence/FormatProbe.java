package cn.qinglian.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.core.workspace.WorkspaceProblem;

/**
 * Reads only the root element of a model file, before EMF loads it: a file of another namespace or
 * root type is foreign, a newer {@code formatVersion} is refused before anything is half-read.
 */
final class FormatProbe {

    private FormatProbe() {
    }

    static int check(Path file, String namespace, String rootName, int newestFormat) throws WorkspaceException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
                // skip the prolog
            }
            if (!reader.isStartElement()) {
                throw new WorkspaceException(WorkspaceProblem.MALFORMED, file, 1, 1, "no root element");
            }
            if (!namespace.equals(reader.getNamespaceURI()) || !rootName.equals(reader.getLocalName())) {
                throw new WorkspaceException(WorkspaceProblem.FOREIGN_FILE, file, namespace);
            }
            String version = reader.getAttributeValue(null, "formatVersion");
            int format = version == null ? 1 : parse(version, file, reader);
            if (format > newestFormat) {
                throw new WorkspaceException(WorkspaceProblem.NEWER_FORMAT, file, format, newestFormat);
            }
            return format;
        } catch (XMLStreamException e) {
            var location = e.getLocation();
            throw new WorkspaceException(WorkspaceProblem.MALFORMED, file,
                    location == null ? 0 : location.getLineNumber(), location == null ? 0 : location.getColumnNumber(),
                    e.getMessage());
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceProblem.UNREADABLE, file, e);
        }
    }

    private static int parse(String version, Path file, XMLStreamReader reader) throws WorkspaceException {
        try {
            return Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            throw new WorkspaceException(WorkspaceProblem.MALFORMED, file, reader.getLocation().getLineNumber(),
                    reader.getLocation().getColumnNumber(), "formatVersion=\"" + version + "\"");
        }
    }
}
