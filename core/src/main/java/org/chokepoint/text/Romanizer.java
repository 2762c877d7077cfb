package org.chokepoint.text;

import com.ibm.icu.lang.UScript;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns folded text in any mix of scripts into Latin-script readings. The text is cut into runs
 * of one script (digits, spaces and punctuation belong to the run around them, so a name mixing
 * scripts, or a Latin name with a Cyrillic look-alike letter, stays in one piece) and each run
 * goes to the romaniser of its script. Reading k of the name is made of reading k of each run
 * (or the run's last reading when it has fewer). Scripts without a romaniser of their own, and
 * letters a romaniser left alone, go through ICU "Any-Latin". Latin text is its own reading, with a second one only when
 * it is Azerbaijani ({@link AzerbaijaniRomanizer}). The first reading is the primary one. Thread-safe; never throws on
 * valid UTF-16.
 */
final class Romanizer {
    private final ScriptRomanizer cyrillic = new CyrillicRomanizer();
    private final ScriptRomanizer han = new HanRomanizer();
    private final ScriptRomanizer hangul = new HangulRomanizer();
    private final ScriptRomanizer armenian = new ArmenianRomanizer();
    private final ScriptRomanizer azerbaijani = new AzerbaijaniRomanizer();
    private final ScriptRomanizer georgian = new GeorgianRomanizer();
    private final ScriptRomanizer arabic;

    Romanizer() {
        this(false);
    }

    /** @param dataFile read Arabic script the Persian way too ({@link ArabicRomanizer#ArabicRomanizer(boolean)}) */
    Romanizer(boolean dataFile) {
        arabic = new ArabicRomanizer(dataFile);
    }
    private final IcuTransliterator anyLatin = IcuTransliterator.byId("Any-Latin");

    /** The distinct readings of folded text, primary first; never empty. */
    List<String> readings(String folded) {
        // Latin text is its own one reading, but for an Azerbaijani surname written with q ("Qarayev", Garayev).
        if (latinOrCommon(folded)) return AzerbaijaniRomanizer.surnamesWithQ(folded);
        List<List<String>> runs = new ArrayList<>();
        int max = 1;
        int start = 0;
        int current = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            int script = scriptOf(cp);
            if (script != current && script != UScript.COMMON) {
                if (current != -1 || i > start) max = Math.max(max, add(runs, folded.substring(start, i), current));
                start = i;
                current = script;
            }
            i += Character.charCount(cp);
        }
        max = Math.max(max, add(runs, folded.substring(start), current));
        Set<String> readings = new LinkedHashSet<>();
        for (int k = 0; k < max; k++) {
            StringBuilder reading = new StringBuilder();
            for (List<String> run : runs) reading.append(run.get(Math.min(k, run.size() - 1)));
            readings.add(latinOnly(reading.toString()));
        }
        return List.copyOf(readings);
    }

    private int add(List<List<String>> runs, String text, int script) {
        if (text.isEmpty()) return 1;
        ScriptRomanizer romanizer = switch (script) {
            case UScript.CYRILLIC -> cyrillic;
            case UScript.HAN -> han;
            case UScript.HANGUL -> hangul;
            case UScript.ARMENIAN -> armenian;
            case UScript.LATIN -> azerbaijani;
            case UScript.GEORGIAN -> georgian;
            case UScript.ARABIC -> arabic;
            default -> null;
        };
        List<String> readings = romanizer == null ? List.of(text) : romanizer.readings(text);
        runs.add(readings);
        return readings.size();
    }

    /**
     * Whether every character is below U+0250 (ASCII, Latin-1 and Latin Extended-A and -B), where every code point is of
     * the Latin or the Common script: the text is one Latin run that no romaniser changes, its own one reading. Most
     * names are, and are settled without a script lookup per character.
     */
    private static boolean latinOrCommon(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= LATIN_OR_COMMON_BELOW) return false;
        return true;
    }

    /** Every code point below this is of the Latin or the Common script (checked by {@code RomanizerTest}). */
    static final char LATIN_OR_COMMON_BELOW = '\u0250';

    /** Script of a code point, with marks and other script-neutral characters counted as COMMON. */
    private static int scriptOf(int cp) {
        int script = UScript.getScript(cp);
        return script == UScript.INHERITED || script == UScript.UNKNOWN ? UScript.COMMON : script;
    }

    private String latinOnly(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int script = scriptOf(cp);
            if (script != UScript.COMMON && script != UScript.LATIN) return anyLatin.apply(text);
        }
        return text;
    }
}
