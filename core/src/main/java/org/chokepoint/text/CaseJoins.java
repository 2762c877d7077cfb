package org.chokepoint.text;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Parts two words that a missing space joined where the case changes: "VOLITONdmcc", "ACEXoy", "LIMITED LIABILITY
 * COMPANYdata 51", "FEDERAL STATE UNITARY ENTERPRISEalexandrov". A word in capitals followed by one in small letters is
 * two words that met (a copy and paste, a field joined to the next), where the run of capitals that begins a word in
 * small letters ("ABCorp", "IBMers") is one word written in camel case. Only where one of the two parts is a known word
 * ({@code known}: a legal form, a generic or vocabulary word), so a name's own spelling is never cut at random.
 * Stateless apart from the predicate; thread-safe when it is.
 */
final class CaseJoins {
    /** Each part has at least this many letters. */
    private static final int MIN_PART = 2;

    private final Predicate<String> known;

    CaseJoins(Predicate<String> known) {
        this.known = known;
    }

    /** The text with a space where a known word in capitals meets a word in small letters; the same text when none does. */
    String parted(String text) {
        if (text == null) return null;
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!ascii(text.charAt(i))) {
                if (out != null) out.append(text.charAt(i));
                i++;
                continue;
            }
            int end = i;
            while (end < n && ascii(text.charAt(end))) end++;
            int cut = cut(text, i, end);
            if (cut > 0 && out == null) out = new StringBuilder(text.length() + 4).append(text, 0, i);
            if (out != null) {
                if (cut > 0) out.append(text, i, cut).append(' ').append(text, cut, end);
                else out.append(text, i, end);
            }
            i = end;
        }
        return out == null ? text : out.toString();
    }

    /** Where the word [start, end) is capitals then small letters to its end, two known-side parts; -1 when it is not. */
    private int cut(String text, int start, int end) {
        int upper = start;
        while (upper < end && Character.isUpperCase(text.charAt(upper))) upper++;
        if (upper - start < MIN_PART || end - upper < MIN_PART) return -1;
        for (int i = upper; i < end; i++) if (!Character.isLowerCase(text.charAt(i))) return -1;
        String head = text.substring(start, upper).toLowerCase(Locale.ROOT);
        String tail = text.substring(upper, end);
        return known.test(head) || known.test(tail) ? upper : -1;
    }

    private static boolean ascii(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
