package org.chokepoint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Russian names written in the German (Duden; DIN 1460 without its diacritics) or the French transliteration,
 * read back into the English-style spelling the lists use: German "Sawod Konzern Chimprom" / "Michail Jurjewitsch"
 * is "zavod kontsern khimprom" / "mikhail yuryevich"; French "Ioury Chouvalov Nikolaevitch" is "iury shuvalov
 * nikolaevich". Declarations from German- and French-speaking countries write Russian parties this way; the lists
 * never do. A reading is made only when the name shows its scheme's marks (German w, sch, tsch; French ou, tch, dj)  in a
 * word other than a city's exonym ("ALYANS Moscow" is no German name), so English spellings are left alone. Stateless and thread-safe.
 *
 * <p>German (Duden): в w, ж/ш sch, щ schtsch, ч tsch, х ch, ц z, з s (between vowels; с is ss there), й/я/ю/е j,
 * ja, ju, je. A word-initial s stands for both с and з; it is read as z only when that gives a word of the
 * organisation vocabulary ("Sawod" is "zavod"), because people's names start with either.
 * French (usual, as in the press): у ou, ш ch, ч tch, щ chtch, ж j, дж dj, с ss between vowels.
 */
final class WesternSchemes {
    private static final String VOWELS = "aeiouy";

    private WesternSchemes() {}

    /** The English-style reading of German-scheme tokens, or null when none of them shows the German marks. */
    static List<String> german(List<String> tokens, Predicate<String> knownWord) {
        boolean marked = false;
        for (String t : tokens) marked |= (t.indexOf('w') >= 0 || t.contains("sch")) && !exonym(t);
        if (!marked) return null;
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            String g = german(t);
            if (t.length() > 2 && t.charAt(0) == 's' && VOWELS.indexOf(t.charAt(1)) >= 0) {
                String z = "z" + g.substring(1);
                if (knownWord.test(z)) g = z;
            }
            out.add(g);
        }
        return out;
    }

    /**
     * The German reading with a word-initial s read as z in the words that show the German marks themselves ("Sakrijew",
     * "Saizew": Zakriev, Zaitsev): there the word is a Russian name in the German scheme, whose initial s stands for з as
     * often as for с, so both readings are spellings of it; the plain reading keeps s ("Semjonow"). Patronymics
     * ("-witsch", "-wna") keep s: they are built on given names, which mostly start with с. Null when no word
     * of {@code german} (the result of {@link #german(List, Predicate)} for these tokens) changes.
     */
    static List<String> germanInitialZ(List<String> tokens, List<String> german) {
        if (german == null || german.size() != tokens.size()) return null;
        List<String> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i), g = german.get(i);
            // Not a patronymic: built on a given name, whose initial s is с (Sergejewitsch, Semjonowna).
            boolean patronymic = t.endsWith("witsch") || t.endsWith("wna");
            boolean own = (t.indexOf('w') >= 0 || t.contains("sch")) && !patronymic;
            if (own && t.length() > 3 && t.charAt(0) == 's' && VOWELS.indexOf(t.charAt(1)) >= 0 && g.charAt(0) == 's') {
                if (out == null) out = new ArrayList<>(german);
                out.set(i, "z" + g.substring(1));
            }
        }
        return out == null ? null : List.copyOf(out);
    }

    /** The English-style reading of French-scheme tokens, or null when none of them shows the French marks. */
    static List<String> french(List<String> tokens) {
        boolean marked = false;
        for (String t : tokens) marked |= (t.contains("ou") || t.contains("tch") || t.contains("dj")) && !exonym(t);
        if (!marked) return null;
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) out.add(french(t));
        return out;
    }

    /**
     * Whether a word is a city's name ("Moscow", "Warsaw", "Rostov"): the English exonym of a seat added to a name carries
     * w or ou whatever the scheme of the name itself, so it marks no scheme. English words of the vocabulary ("group",
     * "power") still do: excluding them was measured and lost the French reading of "group" that meets the lists'
     * "grup" (docs/matching.md, recall5 steps).
     */
    private static boolean exonym(String t) {
        return org.chokepoint.country.Cities.isCity(t);
    }

    static String german(String t) {
        StringBuilder out = new StringBuilder(t.length() + 4);
        for (int i = 0; i < t.length(); ) {
            if (t.startsWith("schtsch", i)) { out.append("shch"); i += 7; continue; }
            if (t.startsWith("tsch", i)) { out.append("ch"); i += 4; continue; }
            if (t.startsWith("sch", i)) { out.append("sh"); i += 3; continue; }
            if (t.startsWith("ch", i)) { out.append("kh"); i += 2; continue; }
            char c = t.charAt(i);
            boolean afterVowel = i > 0 && VOWELS.indexOf(t.charAt(i - 1)) >= 0;
            boolean beforeVowel = i + 1 < t.length() && VOWELS.indexOf(t.charAt(i + 1)) >= 0;
            if (doubleSBetweenVowels(t, i)) {
                out.append('s');
                i += 2;
                continue;
            }
            switch (c) {
                case 'w' -> out.append('v');
                case 'z' -> out.append("ts");
                case 'j' -> out.append('y');
                case 's' -> out.append(afterVowel && beforeVowel ? 'z' : 's');
                default -> out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    static String french(String t) {
        StringBuilder out = new StringBuilder(t.length() + 4);
        for (int i = 0; i < t.length(); ) {
            if (t.startsWith("chtch", i)) { out.append("shch"); i += 5; continue; }
            if (t.startsWith("tch", i)) { out.append("ch"); i += 3; continue; }
            if (t.startsWith("ch", i)) { out.append("sh"); i += 2; continue; }
            if (t.startsWith("dj", i)) { out.append("dzh"); i += 2; continue; }
            if (t.startsWith("ou", i)) { out.append('u'); i += 2; continue; }
            if (doubleSBetweenVowels(t, i)) {
                out.append('s');
                i += 2;
                continue;
            }
            char c = t.charAt(i);
            out.append(c == 'j' ? "zh" : String.valueOf(c));
            i++;
        }
        return out.toString();
    }

    /** "ss" at {@code i} between two vowels: both schemes write с so there, to keep it from reading as з. */
    private static boolean doubleSBetweenVowels(String t, int i) {
        return t.startsWith("ss", i) && i > 0 && VOWELS.indexOf(t.charAt(i - 1)) >= 0
                && i + 2 < t.length() && VOWELS.indexOf(t.charAt(i + 2)) >= 0;
    }
}
