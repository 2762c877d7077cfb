package org.chokepoint.lists.un;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.List;

/**
 * One XML element of a UN record with its children, read from a stream. A record is a few dozen
 * elements, so holding it as a tree keeps the mapper simple while the file as a whole still streams.
 *
 * @param name     the element name
 * @param text     the stripped text of a leaf element, "" for an element with children
 * @param children child elements in document order
 * @param line     the line the element starts on
 */
record UnElement(String name, String text, List<UnElement> children, long line) {

    /** Reads the element the reader is positioned on (a START_ELEMENT) up to and including its end tag. */
    static UnElement read(XMLStreamReader r) throws XMLStreamException {
        String name = r.getLocalName();
        long line = r.getLocation().getLineNumber();
        StringBuilder text = new StringBuilder();
        List<UnElement> children = new ArrayList<>();
        while (true) {
            switch (r.next()) {
                case XMLStreamConstants.START_ELEMENT -> children.add(read(r));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(r.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new UnElement(name, children.isEmpty() ? text.toString().strip() : "", List.copyOf(children), line);
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("the document ends inside <" + name + ">", r.getLocation());
                default -> { }
            }
        }
    }

    /** The text of the first child with this name, or null when absent or blank. */
    String text(String child) {
        for (UnElement c : children) if (c.name.equals(child)) return c.text.isEmpty() ? null : c.text;
        return null;
    }

    /** All children with this name. */
    List<UnElement> all(String child) {
        return children.stream().filter(c -> c.name.equals(child)).toList();
    }
}
