package org.chokepoint.lists.un;

import org.chokepoint.lists.ListFormatException;
import org.chokepoint.lists.ListLoad;
import org.chokepoint.lists.ListReader;
import org.chokepoint.lists.Rejection;
import org.chokepoint.lists.TextFile;
import org.chokepoint.model.Entity;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the UN Security Council Consolidated List XML into entities with ids {@code un-sc:<REFERENCE_NUMBER>}.
 * Stateless and thread-safe.
 *
 * <p>The file is checked as text first ({@link TextFile}: empty, binary, UTF-8) and then streamed. DTDs
 * are not supported and a document that declares one is refused: the official file has none, and a
 * DOCTYPE in a downloaded list can only be an attempt to make the parser read local files (XXE).
 */
public final class UnReader implements ListReader {
    public static final String SOURCE = "un-sc";
    private static final String ROOT = "CONSOLIDATED_LIST";

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String description() {
        return "UN Security Council Consolidated List (official XML)";
    }

    @Override
    public boolean recognises(Path path) {
        if (!Files.isRegularFile(path) || !path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")) return false;
        try (InputStream in = Files.newInputStream(path)) {
            return new String(in.readNBytes(2048), StandardCharsets.UTF_8).contains("<" + ROOT);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public ListLoad read(Path path) throws ListFormatException {
        TextFile file = TextFile.read(path);
        try {
            return parse(file);
        } catch (XMLStreamException e) {
            long line = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
            throw new ListFormatException(file.name(), Math.max(line, 0), "truncated or malformed XML: " + reason(e), e);
        }
    }

    private ListLoad parse(TextFile file) throws XMLStreamException, ListFormatException {
        String text = file.text();
        XMLStreamReader r = factory().createXMLStreamReader(new StringReader(text));
        try {
            toRoot(file, r);
            LocalDate published = UnMapper.date(r.getAttributeValue(null, "dateGenerated"));
            UnMapper mapper = new UnMapper();
            List<Entity> entities = new ArrayList<>();
            List<Rejection> rejections = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            long read = 0;
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
                String name = r.getLocalName();
                if (!name.equals("INDIVIDUAL") && !name.equals("ENTITY")) continue;
                read++;
                int start = r.getLocation().getCharacterOffset();
                UnElement record = UnElement.read(r);
                String raw = UnRawText.cut(text, name, start, r.getLocation().getCharacterOffset());
                String ref = record.text("REFERENCE_NUMBER");
                if (ref == null) {
                    rejections.add(new Rejection(file.name(), record.line(), "REFERENCE_NUMBER", "no REFERENCE_NUMBER"));
                } else if (UnMapper.primaryName(record) == null) {
                    rejections.add(new Rejection(file.name(), record.line(), "FIRST_NAME", ref + " has no name"));
                } else if (!ids.add(ref)) {
                    rejections.add(new Rejection(file.name(), record.line(), "REFERENCE_NUMBER", "duplicate REFERENCE_NUMBER " + ref));
                } else {
                    entities.add(mapper.map(record, raw));
                }
            }
            List<String> warnings = mapper.unknownCountries().isEmpty() ? List.of()
                    : List.of("country names not recognised (kept as written in addresses, no ISO code): "
                            + String.join("; ", mapper.unknownCountries()));
            return new ListLoad(SOURCE, entities, List.of(), rejections, warnings, List.of(file.source()), published, read);
        } finally {
            r.close();
        }
    }

    /** Advances to the root element and checks it; a DOCTYPE on the way is refused (see the class comment). */
    private static void toRoot(TextFile file, XMLStreamReader r) throws XMLStreamException, ListFormatException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw new ListFormatException(file.name(), r.getLocation().getLineNumber(),
                        "the file declares a DOCTYPE; UN list files have none, and its entities are never resolved");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals(ROOT)) return;
                throw new ListFormatException(file.name(), r.getLocation().getLineNumber(),
                        "not a UN consolidated list: the root element is <" + r.getLocalName() + ">, expected <" + ROOT + ">");
            }
        }
        throw new ListFormatException(file.name(), 0, "not a UN consolidated list: no root element");
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /** The parser's message without its "ParseError at [row,col]" preamble, which the line already gives. */
    private static String reason(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
    }
}
