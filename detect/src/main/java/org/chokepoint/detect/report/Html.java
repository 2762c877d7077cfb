package org.chokepoint.detect.report;

/**
 * HTML escaping for text and attribute values (also valid inside inline SVG): every piece of data the
 * page shows goes through {@link #escape}, since names and descriptions come from customs records anyone
 * could have typed. The desk's pages escape through it too, so there is one escaping rule. Stateless, thread-safe.
 */
public final class Html {
    private Html() {}

    /** The text with {@code < > & " '} escaped; null gives "". */
    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
