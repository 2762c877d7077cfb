package org.chokepoint.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers in names written one way. Lists write the same number as an English ordinal ("21ST CENTURY", "2ND", "FIRST"), a
 * Roman numeral ("XXI CENTURY", "SARA II") or plain digits, and the three spellings share no letter; every one becomes its
 * digits ("21"), on both sides, so that two lists agree on the number as on any other word. Roman numerals are read only
 * from the letters i, v and x, two or more of them, in canonical order ("ii", "iv", "xxi", "xxxix"): the other Roman
 * letters (c, d, l, m) make everyday words and syllables ("mix", "mild", "li", "mc"); "xi" is left as it is, since it is
 * far more often the Chinese syllable (a surname) than eleven. "ii", "iv" and "vi" before a word are a person's initials
 * written together ("NAMED AFTER VI LUZYANIN": Vladimir Ivanovich), so they count only at the end of a name or before a
 * number ("SARA II"). Stateless and thread-safe.
 */
final class Numerals {
    private Numerals() {}

    /** Roman numerals of i, v and x up to 39, in canonical form only ("iiii" and "vx" are no numerals). */
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("x{0,3}(ix|iv|v?i{0,3})");

    /** An English ordinal: digits and st, nd, rd or th. */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("(\\d{1,4})(st|nd|rd|th)");

    /** The tokens with ordinals and Roman numerals as digits; the same list when none is. */
    static List<String> asDigits(List<String> tokens) {
        List<String> out = null;
        for (int i = 0, n = tokens.size(); i < n; i++) {
            String t = tokens.get(i);
            String d = digits(t);
            if (d == null) continue;
            if (initials(t) && i + 1 < n && !digit(tokens.get(i + 1))) continue;
            if (out == null) out = new ArrayList<>(tokens);
            out.set(i, d);
        }
        return out == null ? tokens : List.copyOf(out);
    }

    /** Two letters that are as often two initials written together: i and v begin many Russian given names. */
    private static boolean initials(String t) {
        return t.length() == 2 && t.indexOf('x') < 0;
    }

    private static boolean digit(String t) {
        return !t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9';
    }

    /**
     * English ordinals written as words, as lists write the numbered institutes, academies and plants of China and Russia
     * beside "1st", "No. 2" and the digits of the names in the original language ("INNER MONGOLIA FIRST MACHINERY GROUP",
     * 内蒙古第一机械集团; "Second Institute of Oceanography", 第二海洋研究所; "Ninth Academy").
     */
    private static final java.util.Map<String, String> ORDINAL_WORDS = java.util.Map.of("first", "1", "second", "2", "third", "3",
            "fourth", "4", "fifth", "5", "sixth", "6", "seventh", "7", "eighth", "8", "ninth", "9", "tenth", "10");

    /** The digits a token stands for, or null when it is no ordinal nor Roman numeral. */
    static String digits(String t) {
        if (t.length() < 2) return null;
        String word = ORDINAL_WORDS.get(t);
        if (word != null) return word;
        char c = t.charAt(0);
        if (c >= '0' && c <= '9') {
            java.util.regex.Matcher m = ORDINAL.matcher(t);
            return m.matches() ? m.group(1) : null;
        }
        if (c != 'i' && c != 'v' && c != 'x') return null;
        if (t.equals("xi") || !ROMAN.matcher(t).matches()) return null;
        return Integer.toString(roman(t));
    }

    private static int roman(String t) {
        int total = 0;
        for (int i = 0; i < t.length(); i++) {
            int v = value(t.charAt(i));
            int next = i + 1 < t.length() ? value(t.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total;
    }

    private static int value(char c) {
        return switch (c) {
            case 'i' -> 1;
            case 'v' -> 5;
            default -> 10;
        };
    }
}
