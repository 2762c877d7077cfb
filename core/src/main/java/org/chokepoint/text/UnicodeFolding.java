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
 * separate "SURNAME, Given"). Diacritics are kept here: Cyrillic й, ё and ї are letters of their
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
        return punctuation(NFKC_CASEFOLD.normalize(sanitize(text)));
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
