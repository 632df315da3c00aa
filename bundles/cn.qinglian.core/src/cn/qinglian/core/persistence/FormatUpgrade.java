package cn.qinglian.core.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.core.workspace.WorkspaceProblem;

/**
 * Brings the content of an older file up to the current format in memory: parse it into a DOM, run
 * the migration steps, write the result as UTF-8 bytes for EMF to load. The file itself is not
 * touched. The XML declaration is written on a line of its own, as in the original, so that the
 * line numbers EMF reports stay those of the file as long as the steps do not add or remove lines.
 */
final class FormatUpgrade {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private FormatUpgrade() {
    }

    /** The content of {@code file}, of format {@code from}, after {@code steps} (which end at {@code to}). */
    static byte[] upgrade(Path file, int from, int to, String formatAttribute, List<FormatMigration> steps)
            throws WorkspaceException {
        Document document = parse(file);
        for (FormatMigration step : steps) {
            int target = step.fromFormat() + 1;
            try {
                step.migrate(document);
            } catch (RuntimeException e) {
                throw new WorkspaceException(WorkspaceProblem.MIGRATION_FAILED, file, step.fromFormat(), target,
                        e.getMessage() == null ? e.getClass().getName() : e.getMessage());
            }
            document.getDocumentElement().setAttributeNS(null, formatAttribute, Integer.toString(target));
        }
        try {
            return serialize(document);
        } catch (TransformerException e) {
            throw new WorkspaceException(WorkspaceProblem.MIGRATION_FAILED, file, from, to, e.getMessage());
        }
    }

    private static Document parse(Path file) throws WorkspaceException {
        try (InputStream in = Files.newInputStream(file)) {
            return newBuilder().parse(in, file.toUri().toString());
        } catch (SAXParseException e) {
            throw new WorkspaceException(WorkspaceProblem.MALFORMED, file, e.getLineNumber(), e.getColumnNumber(),
                    e.getMessage());
        } catch (SAXException e) {
            throw new WorkspaceException(WorkspaceProblem.MALFORMED, file, 0, 0, e.getMessage());
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceProblem.UNREADABLE, file, e);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new Strict());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }

    /** Fails on every error instead of printing it. */
    private static final class Strict implements ErrorHandler {

        @Override
        public void warning(SAXParseException exception) {
            // a warning does not stop the load
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }

    private static byte[] serialize(Document document) throws TransformerException {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        Transformer transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(DECLARATION.getBytes(StandardCharsets.UTF_8));
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }
}
