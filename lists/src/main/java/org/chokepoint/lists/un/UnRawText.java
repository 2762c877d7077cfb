package org.chokepoint.lists.un;

/**
 * Cuts a record's XML out of the document text, for {@code Entity.raw}. The StAX location after a
 * start or end tag is only approximate (the JDK parser may already have read the whitespace that
 * follows), so the tags are searched for backwards from it.
 */
final class UnRawText {
    private UnRawText() {}

    /** The record's text between its start tag (at or before {@code startHint}) and its end tag (at or before {@code endHint}), or null. */
    static String cut(String text, String name, int startHint, int endHint) {
        int start = tag(text, "<" + name, startHint);
        int close = tag(text, "</" + name, endHint);
        if (start < 0 || close < start) return null;
        int end = text.indexOf('>', close);
        return end < 0 ? null : text.substring(start, end + 1);
    }

    /** The last occurrence of the tag opening at or before {@code from} that is not a longer name ("<INDIVIDUALS"). */
    private static int tag(String text, String open, int from) {
        for (int i = text.lastIndexOf(open, from); i >= 0; i = text.lastIndexOf(open, i - 1)) {
            int after = i + open.length();
            if (after < text.length()) {
                char c = text.charAt(after);
                if (c == '>' || c == '/' || Character.isWhitespace(c)) return i;
            }
        }
        return -1;
    }
}
