package dev.papergraph.export;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;

/**
 * The GraphML and GEXF schemas shipped under {@code xsd/} (see SOURCES.md there), loaded without the
 * network: every schema a schema imports is looked up by file name in the same folder, and no
 * other access is allowed.
 */
final class XmlSchemas {
    static final String GRAPHML = "dev/papergraph/export/xsd/graphml/graphml.xsd";
    static final String GEXF = "dev/papergraph/export/xsd/gexf-1.2/gexf.xsd";

    private XmlSchemas() {}

    static Schema load(String resource) throws Exception {
        String folder = resource.substring(0, resource.lastIndexOf('/') + 1);
        DOMImplementationLS ls = (DOMImplementationLS)
                DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            String name = systemId.substring(systemId.lastIndexOf('/') + 1);
            URL local = XmlSchemas.class.getClassLoader().getResource(folder + name);
            if (local == null) {
                throw new IllegalStateException("schema " + systemId + " is not shipped under " + folder);
            }
            LSInput input = ls.createLSInput();
            input.setSystemId(local.toExternalForm());
            try {
                input.setByteStream(local.openStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return input;
        });
        URL main = XmlSchemas.class.getClassLoader().getResource(resource);
        try (InputStream in = main.openStream()) {
            return factory.newSchema(new StreamSource(in, main.toExternalForm()));
        }
    }

    /** Throws a SAXException naming line and column when {@code xml} is not valid. */
    static void validate(Schema schema, byte[] xml) throws Exception {
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
