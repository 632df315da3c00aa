package cn.qinglian.core.persistence;

import java.util.Map;

import javax.xml.parsers.SAXParser;

import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * EMF's parser pool, except that a parser goes back into the pool without its handlers. The JDK's
 * parser keeps the handlers of its last parse, and through them the last resource loaded with it:
 * with the plain pool a workspace that was closed stayed in memory until the next load.
 */
final class ParserPool extends XMLParserPoolImpl {

    @Override
    public synchronized void release(SAXParser parser, Map<String, Boolean> features, Map<String, ?> properties,
            boolean useLexicalHandler) {
        try {
            XMLReader reader = parser.getXMLReader();
            reader.setContentHandler(null);
            reader.setErrorHandler(null);
            reader.setEntityResolver(null);
            reader.setDTDHandler(null);
        } catch (SAXException e) {
            return; // a parser that cannot be cleaned is not pooled
        }
        super.release(parser, features, properties, useLexicalHandler);
    }
}
