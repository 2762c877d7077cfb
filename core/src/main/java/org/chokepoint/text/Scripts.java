package org.chokepoint.text;

import com.ibm.icu.lang.UScript;

/** Script detection for names. Thread-safe, pure. */
public final class Scripts {
    private static final String LATIN = UScript.getName(UScript.LATIN);
    private static final String COMMON = UScript.getName(UScript.COMMON);

    private Scripts() {}

    /**
     * The script of most letters in the text ("Latin", "Cyrillic", "Han", "Arabic", "Hangul", ...),
     * ignoring digits, punctuation and other script-neutral characters. "Common" when there are no letters.
     * Japanese kana and Korean Hangul count as their own scripts; Han mixed with Hangul counts as Hangul.
     */
    public static String dominant(String text) {
        if (text == null || text.isEmpty()) return "Common";
        // Most names are plain ASCII, whose letters are all Latin and whose other characters all Common: settled
        // without a script lookup per character.
        boolean letter = false;
        int n = text.length(), i0 = 0;
        for (; i0 < n; i0++) {
            char c = text.charAt(i0);
            if (c >= 0x80) break;
            int lower = c | 0x20;
            if (lower >= 'a' && lower <= 'z') letter = true;
        }
        if (i0 == n) return letter ? LATIN : COMMON;
        int[] counts = new int[UScript.CODE_LIMIT];
        int best = UScript.COMMON;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int sc = UScript.getScript(cp);
            if (sc == UScript.COMMON || sc == UScript.INHERITED || sc == UScript.UNKNOWN) continue;
            if (++counts[sc] > counts[best] || best == UScript.COMMON) best = sc;
        }
        if (best == UScript.HAN && counts[UScript.HANGUL] > 0) best = UScript.HANGUL;
        return UScript.getName(best);
    }
}
