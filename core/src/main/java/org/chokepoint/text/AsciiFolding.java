package org.chokepoint.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;

/**
 * Step after romanisation: reduces romanised text to lower-case ASCII letters, digits, spaces and
 * commas. Diacritics are stripped (so "Khrushchëv", "Müller" and "Şti" meet their undotted list
 * spellings), letters without a decomposition get their usual ASCII spelling (ø, ł, æ, ß, ı, ...),
 * digits of any script become ASCII digits, and apostrophes and the modifier letters that
 * transliterations use for hard and soft signs (ʺ ʹ ʿ ʾ ·) are deleted so that the word parts
 * they separate stay one word ("Obʺyedineniye" becomes "obyedineniye", "int'l" becomes "intl").
 * Everything else becomes a space. Stateless and thread-safe.
 */
final class AsciiFolding {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private AsciiFolding() {}

    static String fold(String text) {
        String decomposed = isAscii(text) ? text : NFD.normalize(text);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) ascii(cp, out);
            else other(cp, out);
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 0x80) return false;
        return true;
    }

    private static void ascii(int c, StringBuilder out) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ',') out.append((char) c);
        else if (c >= 'A' && c <= 'Z') out.append((char) (c + ('a' - 'A')));
        else if (c != '\'' && c != '`') out.append(' ');
    }

    private static void other(int cp, StringBuilder out) {
        int type = UCharacter.getType(cp);
        if (type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
                || type == UCharacterCategory.MODIFIER_LETTER || type == UCharacterCategory.MODIFIER_SYMBOL
                || cp == '\u00B7' || cp == '\u2019' || cp == '\u2018') {
            return;
        }
        if (type == UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
            out.append((char) ('0' + UCharacter.digit(cp, 10)));
            return;
        }
        String spelled = type == UCharacterCategory.LOWERCASE_LETTER || type == UCharacterCategory.UPPERCASE_LETTER
                ? letter(UCharacter.toLowerCase(cp)) : null;
        out.append(spelled == null ? " " : spelled);
    }

    /** ASCII spelling of Latin letters that have no canonical decomposition; null for anything else. */
    private static String letter(int cp) {
        return switch (cp) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'þ' -> "th";
            case 'ı' -> "i";
            case 'ħ' -> "h";
            case 'ŧ' -> "t";
            case 'ŋ' -> "ng";
            case 'ĸ' -> "k";
            case 'ſ' -> "s";
            case 'ə', 'ɛ' -> "e";
            case 'ɔ' -> "o";
            case 'ʒ' -> "z";
            case 'ɨ' -> "i";
            default -> null;
        };
    }
}
