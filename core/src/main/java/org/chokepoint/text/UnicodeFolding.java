package org.chokepoint.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;

/**
 * First step of the chain: makes any input safe and canonical before transliteration.
 * NFKC with case folding (full-width forms, ligatures and compatibility letters become ordinary
 * letters; "Straße" becomes "strasse"), broken UTF-16 and control characters become spaces, every
 * dash becomes {@code -}, apostrophe-like marks become {@code '} (they join word parts: "int'l"),
 * other quotation marks become spaces, and CJK/Arabic commas become {@code ,} (a comma may
 * separate "SURNAME, Given"). A word typed with Cyrillic look-alikes among Latin letters, or the
 * reverse, is written in one script ({@link #lookAlikes}). Diacritics are kept here: Cyrillic й, ё and ї are letters of their
 * own and must reach the transliterator intact; they are stripped after romanisation by
 * {@link AsciiFolding}. Stateless and thread-safe; never throws.
 */
final class UnicodeFolding {
    /** Longer input is cut: no real name comes close, and it bounds the cost of hostile input. */
    static final int MAX_CHARS = 2048;

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private UnicodeFolding() {}

    /** The folded text; "" for null. */
    static String fold(String raw) {
        if (raw == null || raw.isEmpty()) return "";
        String text = raw.length() > MAX_CHARS ? cut(raw) : raw;
        String ascii = asciiFolded(text);
        return ascii != null ? honorificApart(ascii) : whole(text);
    }

    /** Every step of the folding, on text already cut. */
    private static String whole(String text) {
        return lookAlikes(honorificApart(punctuation(NFKC_CASEFOLD.normalize(sanitize(text)))));
    }

    /** An apostrophe glued to "im." or "imeni" ("GIDROMASH'IM. V.I. LUZYANIN"): the honorific, not a part of the word before. */
    private static final java.util.regex.Pattern GLUED_HONORIFIC = java.util.regex.Pattern.compile("(?<=\\p{L})'(?=(?:im|им)\\.|(?:imeni|имени)\\s)");

    /**
     * The text with an apostrophe before a "named after" honorific written apart: an apostrophe joins the parts of a
     * word ("int'l"), but a closing quote typed as one and followed by "im." ("GIDROMASH'IM. V.I. LUZYANIN") would
     * glue the honorific to the name.
     */
    private static String honorificApart(String text) {
        if (text.indexOf('\'') < 0) return text;
        return GLUED_HONORIFIC.matcher(text).replaceAll(" ");
    }

    /** Cyrillic letters that look like a Latin one (after case folding: в was В, like B), and back. */
    private static final String CYRILLIC_LOOKS = "авекмнорстухіјѕ", LATIN_LOOKS = "abekmhopctyxijs";

    /**
     * A word that mixes Latin and Cyrillic letters was typed with look-alike keys ("NР" with a Cyrillic Р,
     * "СENTURY" with a Cyrillic С): its letters of the minority script become their look-alikes in the majority
     * script (Latin on a tie, as lists are mostly Latin), provided every one of them has a look-alike. Words in one
     * script, and mixed words with a letter that looks like nothing in the other script, are left alone.
     */
    static String lookAlikes(String text) {
        StringBuilder out = null;
        int i = 0, n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                if (out != null) out.append(text.charAt(i));
                i++;
                continue;
            }
            int end = i;
            int latin = 0, cyrillic = 0;
            while (end < n && Character.isLetter(text.charAt(end))) {
                Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(end));
                if (script == Character.UnicodeScript.LATIN) latin++;
                else if (script == Character.UnicodeScript.CYRILLIC) cyrillic++;
                end++;
            }
            String word = text.substring(i, end);
            String mapped = latin > 0 && cyrillic > 0 ? mapWord(word, latin >= cyrillic) : null;
            if (mapped != null && out == null) out = new StringBuilder(n).append(text, 0, i);
            if (out != null) out.append(mapped != null ? mapped : word);
            i = end;
        }
        return out == null ? text : out.toString();
    }

    /** The word with its letters of the other script replaced by look-alikes of {@code toLatin}'s script, or null when one has none. */
    private static String mapWord(String word, boolean toLatin) {
        String from = toLatin ? CYRILLIC_LOOKS : LATIN_LOOKS, to = toLatin ? LATIN_LOOKS : CYRILLIC_LOOKS;
        Character.UnicodeScript other = toLatin ? Character.UnicodeScript.CYRILLIC : Character.UnicodeScript.LATIN;
        StringBuilder b = new StringBuilder(word.length());
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.UnicodeScript.of(c) != other) {
                b.append(c);
                continue;
            }
            int at = from.indexOf(c);
            if (at < 0) return null;
            b.append(to.charAt(at));
        }
        return b.toString();
    }

    /**
     * Plain ASCII text folded as the whole chain would, or null when the text is not plain ASCII. On ASCII, NFKC with case
     * folding only lowers the case of A to Z, the punctuation step only changes the quote marks, and no word can mix two
     * scripts; so the folding is one pass, without a normaliser, a code point lookup or a look-alike scan. Checked against
     * the whole chain by {@code UnicodeFoldingTest}.
     */
    static String asciiFolded(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) if (text.charAt(i) >= 0x80) return null;
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            else if (c < 0x20 || c == 0x7F || c == '"') c = ' '; // control characters (sanitize), double quote (punctuation)
            else if (c == '`') c = '\'';
            out[i] = (byte) c;
        }
        return new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** {@link #fold} without its ASCII shortcut ({@link #asciiFolded}): for the test that checks the shortcut. */
    static String foldWhole(String raw) {
        if (raw == null || raw.isEmpty()) return "";
        return whole(raw.length() > MAX_CHARS ? cut(raw) : raw);
    }

    private static String cut(String raw) {
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(raw.charAt(end - 1))) end--;
        return raw.substring(0, end);
    }

    /** Unpaired surrogates and control characters become spaces so that later steps see valid text. */
    private static String sanitize(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!bad) {
                    if (out != null) out.append(c).append(text.charAt(i + 1));
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c) || Character.isISOControl(c);
            }
            if (bad && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            if (out != null) out.append(bad ? ' ' : c);
        }
        return out == null ? text : out.toString();
    }

    private static String punctuation(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            out.appendCodePoint(cp < 0x80 && cp != '\'' && cp != '"' && cp != '`' ? cp : punctuation(cp));
        }
        return out.toString();
    }

    private static int punctuation(int cp) {
        return switch (cp) {
            case '\'', '\u2018', '\u2019', '\u201B', '\u2032', '\u02BC', '`', '\u00B4' -> '\'';
            case '\u060C', '\u3001', '\uFF64' -> ',';
            case '"' -> ' ';
            default -> switch (UCharacter.getType(cp)) {
                case UCharacterCategory.DASH_PUNCTUATION -> '-';
                case UCharacterCategory.INITIAL_PUNCTUATION, UCharacterCategory.FINAL_PUNCTUATION -> ' ';
                default -> cp;
            };
        };
    }
}
