package org.chokepoint.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * East Slavic given names and the patronymics built on them, in their Russian form: lists romanise a
 * Ukrainian's or Belarusian's name from the person's own language ("Olena Ihorivna", "Mykola") or from its
 * Russian form ("Elena Igorevna", "Nikolai"), and the two spellings share too few letters for fuzzy
 * matching ("Mykola" and "Nikolai" do not even begin alike). Entries come from {@code given-names.tsv}
 * in Cyrillic and are read in every romanisation the chain produces. Immutable and thread-safe.
 */
final class GivenNames {
    /**
     * Patronymic endings in the romanisations lists use, longest first, with "m" for a man's and "f" for a woman's:
     * a glide ("i", "y", "ii", "yi", "iy") that some schemes write after a soft stem, then -ovych/-ovich/-evych/-evich
     * or -ivna/-ovna/-evna.
     */
    private static final Affixes<String[]> ENDINGS = Affixes.endings(endings(), e -> e[0]);
    /** A stem this short is no name: "ivan" must stay whole in "ivanivna", but "iv" is nothing. */
    private static final int MIN_STEM = 3;

    /** A name in its own language's reading with its Russian form. */
    private final Map<String, String> russian = new HashMap<>();
    /** A name's stem (the name, or the name without its last vowel) with the Russian name. */
    private final Map<String, String> stems = new HashMap<>();

    private GivenNames() {}

    /** Reads {@code given-names.tsv}: the Russian form, then the other forms separated by "|". */
    static GivenNames load(Function<String, List<List<String>>> readings) {
        GivenNames names = new GivenNames();
        for (String[] row : DataFile.rows("given-names.tsv")) {
            if (row.length != 2) throw new IllegalStateException("given-names.tsv: expected 2 columns: " + String.join(" ", row));
            List<List<String>> target = readings.apply(row[0]);
            if (target.isEmpty() || target.getFirst().size() != 1) throw new IllegalStateException("given-names.tsv: not one word: " + row[0]);
            // BGN/PCGN, but with an initial "e" as lists mostly write it: "Elena", "Evgeniy" rather than "Yelena".
            String ru = target.getFirst().getFirst();
            if (ru.startsWith("ye")) ru = ru.substring(1);
            for (String form : DataFile.alternatives(row[1])) {
                for (List<String> reading : readings.apply(form)) {
                    if (reading.size() != 1) throw new IllegalStateException("given-names.tsv: not one word: " + form);
                    String own = reading.getFirst();
                    if (!own.equals(ru)) names.russian.putIfAbsent(own, ru);
                    names.stems.putIfAbsent(own, ru);
                    if (own.length() > MIN_STEM && "aeiouyj".indexOf(own.charAt(own.length() - 1)) >= 0) {
                        names.stems.putIfAbsent(own.substring(0, own.length() - 1), ru);
                    }
                }
            }
        }
        return names;
    }

    /** The tokens with every known given name and patronymic in its Russian form; equal to {@code tokens} when none is. */
    List<String> russianForms(List<String> tokens) {
        List<String> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i), r = russianForm(t);
            if (r != null && out == null) out = new ArrayList<>(tokens.subList(0, i));
            if (out != null) out.add(r == null ? t : r);
        }
        return out == null ? tokens : List.copyOf(out);
    }

    private static List<String[]> endings() {
        List<String[]> out = new ArrayList<>();
        for (String glide : List.of("ii", "yi", "iy", "i", "y", "")) {
            for (String core : List.of("ovych", "ovich", "evych", "evich")) out.add(new String[] {glide + core, "m"});
            for (String core : List.of("ivna", "ovna", "evna")) out.add(new String[] {glide + core, "f"});
        }
        out.sort((a, b) -> b[0].length() - a[0].length());
        return List.copyOf(out);
    }

    private String russianForm(String token) {
        String r = russian.get(token);
        if (r != null) return r;
        for (String[] ending : ENDINGS.candidates(token)) {
            if (!token.endsWith(ending[0]) || token.length() - ending[0].length() < MIN_STEM) continue;
            String ru = stems.get(token.substring(0, token.length() - ending[0].length()));
            if (ru == null) continue;
            // Russian patronymics: Nikolai, Andrei, Dmitrii give -evich/-evna; Aleksandr, Boris give -ovich/-ovna.
            char last = ru.charAt(ru.length() - 1);
            boolean soft = last == 'y' || last == 'i' || last == 'j';
            String stem = soft ? ru.substring(0, ru.length() - 1) : ru;
            String patronymic = stem + (soft ? "ev" : "ov") + (ending[1].equals("m") ? "ich" : "na");
            return patronymic.equals(token) ? null : patronymic;
        }
        return null;
    }
}
