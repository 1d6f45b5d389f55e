package dev.papergraph.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JDK's streaming XML writer with one element per line, indented, so that exported GraphML and
 * GEXF read well and diff line by line. Attributes are written in the order given.
 */
final class IndentingXmlWriter implements AutoCloseable {
    private final XMLStreamWriter xml;
    private int depth;
    private boolean hasChildren;

    IndentingXmlWriter(OutputStream out) throws IOException {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Opens an element; {@code attributes} are name, value pairs, a null value leaves the attribute out. */
    IndentingXmlWriter start(String name, String... attributes) throws IOException {
        try {
            newline();
            xml.writeStartElement(name);
            attributes(attributes);
            depth++;
            hasChildren = false;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    /** Writes a namespace declaration on the element just opened. */
    IndentingXmlWriter namespace(String prefix, String uri) throws IOException {
        try {
            if (prefix.isEmpty()) {
                xml.writeDefaultNamespace(uri);
            } else {
                xml.writeNamespace(prefix, uri);
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    /** An element with attributes and no content. */
    IndentingXmlWriter empty(String name, String... attributes) throws IOException {
        try {
            newline();
            xml.writeEmptyElement(name);
            attributes(attributes);
            hasChildren = true;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    /** An element holding text only. */
    IndentingXmlWriter text(String name, String text, String... attributes) throws IOException {
        try {
            newline();
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters(text);
            xml.writeEndElement();
            hasChildren = true;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    IndentingXmlWriter end() throws IOException {
        try {
            depth--;
            if (hasChildren) {
                newline();
            }
            xml.writeEndElement();
            hasChildren = true;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void attributes(String[] pairs) throws XMLStreamException {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                xml.writeAttribute(pairs[i], pairs[i + 1]);
            }
        }
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
