package org.chokepoint.server.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes HTML with every piece of text and every attribute value escaped: the only way to put
 * characters into a page is through {@link #text} or an attribute, and both escape. Tag and attribute
 * names are the code's own constants. Not thread-safe: one per response.
 */
public final class Html {
    private final StringBuilder out = new StringBuilder(8192);
    private final Deque<String> open = new ArrayDeque<>();

    /** Escapes text for an HTML body or a double-quoted attribute value (the report's rule). Null gives "". */
    public static String escape(Object o) {
        return org.chokepoint.detect.report.Html.escape(o == null ? null : o.toString());
    }

    /** A path built from a fixed prefix and one user-supplied segment, percent-encoded. */
    public static String path(String prefix, String segment) {
        return prefix + URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A query parameter value, percent-encoded. */
    public static String query(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** Opens an element; {@code attrs} are name/value pairs, a null value leaves the attribute out. */
    public Html open(String tag, String... attrs) {
        start(tag, attrs);
        open.push(tag);
        return this;
    }

    /** A void element (input, meta, link). */
    public Html empty(String tag, String... attrs) {
        start(tag, attrs);
        return this;
    }

    public Html close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    public Html text(Object text) {
        out.append(escape(text));
        return this;
    }

    /** An element with text content. */
    public Html el(String tag, Object text, String... attrs) {
        return open(tag, attrs).text(text).close();
    }

    /** Only for the document type line, which no data reaches. */
    Html doctype() {
        out.append("<!DOCTYPE html>");
        return this;
    }

    private void start(String tag, String[] attrs) {
        if (attrs.length % 2 != 0) throw new IllegalArgumentException("attributes come in name/value pairs");
        out.append('<').append(tag);
        for (int i = 0; i < attrs.length; i += 2) {
            if (attrs[i + 1] == null) continue;
            out.append(' ').append(attrs[i]).append("=\"").append(escape(attrs[i + 1])).append('"');
        }
        out.append('>');
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) throw new IllegalStateException("unclosed elements: " + open);
        return out.toString();
    }
}
