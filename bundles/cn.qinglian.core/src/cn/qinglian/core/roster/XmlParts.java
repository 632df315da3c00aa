package cn.qinglian.core.roster;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads XML parts of an XLSX package with StAX, without DTDs or external entities. */
final class XmlParts {

    /** Reads one part; may throw what the StAX reader throws. */
    @FunctionalInterface
    interface Handler {
        void read(XMLStreamReader reader) throws XMLStreamException, RosterReadException;
    }

    private XmlParts() {
    }

    static void parse(XlsxPackage xlsx, String part, Handler handler) throws RosterReadException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        try (InputStream in = xlsx.open(part)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                handler.read(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | IOException e) {
            throw failure(xlsx, part, e);
        }
    }

    /** Text of the current element up to its end, concatenating nested text (e.g. rich text runs). */
    static String text(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA
                    || event == XMLStreamReader.SPACE) {
                text.append(reader.getText());
            }
        }
        return text.toString();
    }

    /** Skips the current element and everything inside it. */
    static void skip(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static RosterReadException failure(XlsxPackage xlsx, String part, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof XlsxPackage.PartTooLargeException) {
                return new RosterReadException(RosterReadException.Reason.TOO_LARGE, xlsx.file(),
                        Long.toString(XlsxPackage.MAX_PART_BYTES / (1024 * 1024)), e);
            }
        }
        return XlsxPackage.damaged(xlsx.file(), part + ": " + e.getMessage(), e);
    }
}
