package org.chokepoint.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Expands the abbreviations that lists use inconsistently ("Gen." for General, "Int'l" for
 * International, "Mfg" for Manufacturing), so that "AL NOOR GEN. TRADING" and "Al Noor General
 * Trading" have the same tokens. Word for word only, which keeps the token count and so the
 * bounds of {@link Tokenizer}. Data in {@code abbreviations.tsv}. Immutable and thread-safe.
 */
final class Abbreviations {
    private final Map<String, String> expansions = new HashMap<>();

    private Abbreviations() {}

    /** Reads {@code abbreviations.tsv}: the full word, then its abbreviations separated by "|". */
    static Abbreviations load(Function<String, List<List<String>>> readings) {
        Abbreviations abbreviations = new Abbreviations();
        for (String[] row : DataFile.rows("abbreviations.tsv")) {
            if (row.length != 2) throw new IllegalStateException("abbreviations.tsv: expected 2 columns: " + String.join(" ", row));
            for (String abbreviation : DataFile.alternatives(row[1])) {
                for (List<String> phrase : readings.apply(abbreviation)) {
                    if (phrase.size() != 1) throw new IllegalStateException("abbreviations.tsv: not one word: " + abbreviation);
                    abbreviations.expansions.putIfAbsent(phrase.getFirst(), row[0]);
                }
            }
        }
        return abbreviations;
    }

    /** The same list when nothing is abbreviated. */
    List<String> expand(List<String> tokens) {
        List<String> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            String full = expansions.get(tokens.get(i));
            if (full != null && out == null) out = new ArrayList<>(tokens);
            if (full != null) out.set(i, full);
        }
        return out == null ? tokens : List.copyOf(out);
    }
}
